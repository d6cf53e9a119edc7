def find_shape_errors(parameters, layer_dims):
    errors = []
    for l in range(1, len(layer_dims)):
        key = "W" + str(l)
        if key not in parameters or parameters[key].shape != (layer_dims[l], layer_dims[l - 1]):
            errors.append(key)
    return errors
