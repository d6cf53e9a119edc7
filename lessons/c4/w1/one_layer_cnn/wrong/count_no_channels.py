def count_conv_parameters(input_shape, f, n_C):
    return (f * f + 1) * n_C
