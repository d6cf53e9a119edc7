
def count_parameters(layer_dims):
    return sum(layer_dims[l] * layer_dims[l - 1] + layer_dims[l]
               for l in range(1, len(layer_dims) - 1))
