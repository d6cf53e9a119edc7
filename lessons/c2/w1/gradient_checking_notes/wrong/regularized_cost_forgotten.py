
def regularized_cost_and_grads(cost, grads, parameters, lambd, m):
    L = len(parameters) // 2
    grads_reg = {key: np.copy(value) for key, value in grads.items()}
    for l in range(1, L + 1):
        grads_reg["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    return float(cost), grads_reg
