
def l2_cost(cross_entropy_cost, parameters, lambd, m):
    squares = sum(np.sum(np.square(value)) for value in parameters.values())
    return cross_entropy_cost + lambd / (2 * m) * squares
