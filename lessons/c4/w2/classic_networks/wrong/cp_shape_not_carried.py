def count_parameters(input_shape, layers):
    return [layer_params(input_shape, layer) for layer in layers]
