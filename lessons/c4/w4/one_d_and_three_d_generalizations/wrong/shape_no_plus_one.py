def conv_output_shape(input_shape, f, n_filters, stride=1, pad=0):
    return tuple((n + 2 * pad - f) // stride for n in input_shape[:-1]) + (n_filters,)
