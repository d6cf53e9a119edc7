
def regularized_cost_and_grads(cost, grads, parameters, lambd, m):
    L = len(parameters) // 2
    penalty = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    cost_reg = float(cost + lambd / (2 * m) * penalty)
    for l in range(1, L + 1):
        grads["dW" + str(l)] += lambd / m * parameters["W" + str(l)]
    return cost_reg, grads
