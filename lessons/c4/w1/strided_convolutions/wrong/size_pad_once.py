
def conv_output_size(n, f, pad, stride):
    return (n + pad - f) // stride + 1
