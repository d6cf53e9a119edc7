def compute_cost(A, Y):
    m = Y.shape[1]
    cost = np.sum(Y * np.log(A)) / m
    return float(cost)
