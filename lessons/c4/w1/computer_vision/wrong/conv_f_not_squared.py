
def conv_layer_params(f, n_C_prev, n_C):
    return (f * n_C_prev + 1) * n_C
