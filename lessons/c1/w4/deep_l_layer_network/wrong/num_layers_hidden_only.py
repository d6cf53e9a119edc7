def num_layers(layer_dims):
    return len(layer_dims) - 2
