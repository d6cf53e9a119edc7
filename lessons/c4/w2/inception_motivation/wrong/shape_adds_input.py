def inception_output_shape(input_shape, branch_channels):
    m, n_H, n_W, n_C_prev = input_shape
    return (m, n_H, n_W, n_C_prev + sum(branch_channels))
