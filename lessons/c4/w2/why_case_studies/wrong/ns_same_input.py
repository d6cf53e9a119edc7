def network_shapes(input_shape, layers):
    return [layer_output_shape(input_shape, layer) for layer in layers]
