
def l2_cost(cross_entropy_cost, parameters, lambd, m):
    L = len(parameters) // 2
    squares = sum(np.sum(np.square(parameters["W" + str(k)])) for k in range(1, L + 1))
    return cross_entropy_cost + lambd / m * squares
