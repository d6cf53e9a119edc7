
def conv_layer_params(f, n_C_prev, n_C):
    return f * f * n_C_prev * n_C + 1
