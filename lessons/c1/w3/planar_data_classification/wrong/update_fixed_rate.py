def update_parameters(parameters, grads, learning_rate=1.2):
    return {name: parameters[name] - 1.2 * grads["d" + name]
            for name in ("W1", "b1", "W2", "b2")}
