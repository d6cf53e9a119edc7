def compute_cost(A, Y):
    cost = -np.mean(Y * np.log(A))
    return float(cost)
