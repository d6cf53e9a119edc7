def fine_tune_step(parameters, grads, learning_rate, layers):
    for l in layers:
        parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
    return parameters
