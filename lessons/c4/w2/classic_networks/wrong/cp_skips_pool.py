def count_parameters(input_shape, layers):
    counts = []
    shape = input_shape
    for layer in layers:
        if layer["type"] != "pool":
            counts.append(layer_params(shape, layer))
        shape = layer_output_shape(shape, layer)
    return counts
