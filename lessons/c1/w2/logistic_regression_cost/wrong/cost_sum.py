
def compute_cost(A, Y):
    return float(np.sum(-(Y * np.log(A) + (1 - Y) * np.log(1 - A))))
