
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = dict(parameters), dict(s)
    for l in range(1, L):
        for name in ("W", "b"):
            key, grad_key = name + str(l), "d" + name + str(l)
            new_parameters[key], new_s[grad_key] = rmsprop_step(
                parameters[key], grads[grad_key], s[grad_key], beta2, learning_rate, epsilon)
    return new_parameters, new_s
