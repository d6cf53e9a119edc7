def count_conv_parameters(input_shape, f, n_C):
    return f * f * input_shape[2] * n_C + 1
