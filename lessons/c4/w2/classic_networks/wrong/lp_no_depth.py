def layer_params(input_shape, layer):
    if layer["type"] == "conv":
        return (layer["f"] * layer["f"] + 1) * layer["n_C"]
    if layer["type"] == "fc":
        return (int(np.prod(input_shape)) + 1) * layer["units"]
    return 0
