
def compute_cost(A, Y):
    return np.mean(-(Y * np.log(A) + (1 - Y) * np.log(1 - A)), axis=0)
