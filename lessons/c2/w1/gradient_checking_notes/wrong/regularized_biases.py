
def regularized_cost_and_grads(cost, grads, parameters, lambd, m):
    penalty = sum(np.sum(np.square(value)) for value in parameters.values())
    cost_reg = float(cost + lambd / (2 * m) * penalty)
    grads_reg = {"d" + key: grads["d" + key] + lambd / m * value for key, value in parameters.items()}
    return cost_reg, grads_reg
