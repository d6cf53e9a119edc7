def count_parameters(layer_dims):
    total = 0
    for l in range(1, len(layer_dims)):
        total += layer_dims[l] * layer_dims[l - 1] + layer_dims[l - 1]
    return total
