def count_parameters(input_shape, layers):
    counts = []
    shape = input_shape
    for layer in layers:
        shape = layer_output_shape(shape, layer)
        counts.append(layer_params(shape, layer))
    return counts
