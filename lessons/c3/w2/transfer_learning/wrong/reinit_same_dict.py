def reinit_output_layer(parameters, n_classes, seed=0):
    L = len(parameters) // 2
    new_parameters = parameters
    n_prev = parameters["W" + str(L)].shape[1]
    rng = np.random.default_rng(seed)
    new_parameters["W" + str(L)] = rng.standard_normal((n_classes, n_prev)) * 0.01
    new_parameters["b" + str(L)] = np.zeros((n_classes, 1))
    return new_parameters
