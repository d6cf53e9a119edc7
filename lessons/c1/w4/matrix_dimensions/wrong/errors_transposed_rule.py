def find_shape_errors(parameters, layer_dims):
    errors = []
    for l in range(1, len(layer_dims)):
        wanted = {"W" + str(l): (layer_dims[l - 1], layer_dims[l]),
                  "b" + str(l): (layer_dims[l], 1)}
        for key, shape in wanted.items():
            if key not in parameters or parameters[key].shape != shape:
                errors.append(key)
    return errors
