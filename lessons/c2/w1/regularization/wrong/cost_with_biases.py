def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy_cost = compute_cost(A3, Y)
    L2_regularization_cost = (lambd / (2 * m)) * sum(np.sum(np.square(value))
                                                     for value in parameters.values())
    return float(cross_entropy_cost + L2_regularization_cost)
