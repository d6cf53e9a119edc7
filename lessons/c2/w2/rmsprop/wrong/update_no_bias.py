
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = dict(parameters), dict(s)
    for l in range(1, L + 1):
        new_parameters["W" + str(l)], new_s["dW" + str(l)] = rmsprop_step(
            parameters["W" + str(l)], grads["dW" + str(l)], s["dW" + str(l)], beta2,
            learning_rate, epsilon)
    return new_parameters, new_s
