
def likelihood(A, Y):
    return Y * np.log(A) + (1 - Y) * np.log(1 - A)
