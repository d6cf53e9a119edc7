def layer_dims_from_parameters(parameters):
    L = len(parameters) // 2
    layer_dims = [parameters["W1"].shape[1]]
    for l in range(1, L + 1):
        layer_dims.append(parameters["W" + str(l)].shape[1])
    return layer_dims
