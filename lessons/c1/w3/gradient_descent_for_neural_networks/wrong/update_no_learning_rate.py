
def gradient_descent_update(parameters, grads, learning_rate):
    return {name: parameters[name] - grads["d" + name] for name in ("W1", "b1", "W2", "b2")}
