def num_layers(layer_dims):
    return sum(layer_dims[1:])
