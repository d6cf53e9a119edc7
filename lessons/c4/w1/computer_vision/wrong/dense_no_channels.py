
def dense_layer_params(n_H, n_W, n_C, n_units):
    return n_H * n_W * n_units + n_units
