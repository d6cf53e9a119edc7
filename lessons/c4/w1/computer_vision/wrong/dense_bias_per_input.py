
def dense_layer_params(n_H, n_W, n_C, n_units):
    n_x = n_H * n_W * n_C
    return n_x * n_units + n_x
