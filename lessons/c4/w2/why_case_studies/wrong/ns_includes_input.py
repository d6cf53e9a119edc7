def network_shapes(input_shape, layers):
    shapes = [input_shape]
    for layer in layers:
        shapes.append(layer_output_shape(shapes[-1], layer))
    return shapes
