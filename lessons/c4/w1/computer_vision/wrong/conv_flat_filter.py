
def conv_layer_params(f, n_C_prev, n_C):
    return (f * f + 1) * n_C
