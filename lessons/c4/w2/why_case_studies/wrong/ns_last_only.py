def network_shapes(input_shape, layers):
    shape = input_shape
    for layer in layers:
        shape = layer_output_shape(shape, layer)
    return [shape]
