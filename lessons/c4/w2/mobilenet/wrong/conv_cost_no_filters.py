def conv_cost(n_H, n_W, f, n_C, n_C_new):
    return n_H * n_W * f * f * n_C
