
def conv_output_size(n, f, pad, stride):
    return (n + 2 * pad - f) / stride + 1
