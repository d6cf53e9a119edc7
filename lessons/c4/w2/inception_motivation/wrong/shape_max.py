def inception_output_shape(input_shape, branch_channels):
    m, n_H, n_W, _ = input_shape
    return (m, n_H, n_W, max(branch_channels))
