def inception_output_shape(input_shape, branch_channels):
    return (input_shape[1], input_shape[2], sum(branch_channels))
