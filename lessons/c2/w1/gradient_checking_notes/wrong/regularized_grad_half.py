
def regularized_cost_and_grads(cost, grads, parameters, lambd, m):
    L = len(parameters) // 2
    penalty = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    cost_reg = float(cost + lambd / (2 * m) * penalty)
    grads_reg = {key: np.copy(value) for key, value in grads.items()}
    for l in range(1, L + 1):
        grads_reg["dW" + str(l)] = grads["dW" + str(l)] + lambd / (2 * m) * parameters["W" + str(l)]
    return cost_reg, grads_reg
