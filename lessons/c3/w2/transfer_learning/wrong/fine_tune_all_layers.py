def fine_tune_step(parameters, grads, learning_rate, layers):
    L = len(parameters) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return new_parameters
