def conv_1x1_multiplies(n_H, n_W, n_C_prev, n_C):
    return n_H * n_W * n_C * (n_C_prev + 1)
