def layer_dims_from_parameters(parameters):
    L = len(parameters) // 2
    layer_dims = [parameters["W1"].shape[1]]
    for l in range(1, L):
        layer_dims.append(parameters["W" + str(l)].shape[0])
    return layer_dims
