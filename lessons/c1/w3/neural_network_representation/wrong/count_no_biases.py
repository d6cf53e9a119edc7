
def count_parameters(layer_dims):
    return sum(layer_dims[l] * layer_dims[l - 1] for l in range(1, len(layer_dims)))
