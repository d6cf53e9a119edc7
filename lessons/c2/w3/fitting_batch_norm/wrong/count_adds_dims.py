
def count_parameters(layer_dims, batch_norm):
    total = 0
    for l in range(1, len(layer_dims)):
        total += layer_dims[l] + layer_dims[l - 1]
        total += 2 * layer_dims[l] if batch_norm else layer_dims[l]
    return total
