
def gradient_descent_update(parameters, grads, learning_rate):
    for name in ("W1", "b1", "W2", "b2"):
        parameters[name] -= learning_rate * grads["d" + name]
    return parameters
