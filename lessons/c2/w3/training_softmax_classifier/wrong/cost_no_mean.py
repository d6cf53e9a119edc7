def compute_cost(A, Y):
    cost = -np.sum(Y * np.log(A))
    return float(cost)
