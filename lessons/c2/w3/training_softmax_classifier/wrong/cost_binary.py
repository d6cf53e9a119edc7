def compute_cost(A, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    return float(cost)
