def conv_output_shape(input_shape, f, n_filters, stride=1, pad=0):
    return tuple((n + pad - f) // stride + 1 for n in input_shape[:-1]) + (n_filters,)
