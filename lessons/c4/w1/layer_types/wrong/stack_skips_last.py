def stack_output_shapes(input_shape, layers):
    shapes = []
    shape = input_shape
    for i in range(len(layers) - 1):
        shape = layer_output_shape(shape, layers[i])
        shapes.append(shape)
    return shapes
