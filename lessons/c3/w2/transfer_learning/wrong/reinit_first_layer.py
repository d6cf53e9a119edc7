def reinit_output_layer(parameters, n_classes, seed=0):
    new_parameters = {key: value.copy() for key, value in parameters.items()}
    n_prev = parameters["W1"].shape[1]
    rng = np.random.default_rng(seed)
    new_parameters["W1"] = rng.standard_normal((n_classes, n_prev)) * 0.01
    new_parameters["b1"] = np.zeros((n_classes, 1))
    return new_parameters
