def find_shape_errors(parameters, layer_dims):
    errors = []
    for l in range(1, len(layer_dims)):
        wanted = {"W" + str(l): (layer_dims[l], layer_dims[l - 1]),
                  "b" + str(l): (layer_dims[l], 1)}
        for key, shape in wanted.items():
            if parameters[key].shape != shape:
                errors.append(key)
    return errors
