def count_conv_parameters(input_shape, f, n_C):
    n_H_prev, n_W_prev, n_C_prev = input_shape
    return (n_H_prev * n_W_prev * n_C_prev + 1) * n_C
