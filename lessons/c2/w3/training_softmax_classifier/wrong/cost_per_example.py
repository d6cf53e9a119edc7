def compute_cost(A, Y):
    m = Y.shape[1]
    return -np.sum(Y * np.log(A), axis=0) / m
