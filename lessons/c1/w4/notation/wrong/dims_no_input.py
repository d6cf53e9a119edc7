def layer_dims_from_parameters(parameters):
    L = len(parameters) // 2
    return [parameters["W" + str(l)].shape[0] for l in range(1, L + 1)]
