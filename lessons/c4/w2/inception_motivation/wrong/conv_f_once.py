def conv_multiplies(n_H, n_W, n_C, f, n_C_prev):
    return n_H * n_W * n_C * f * n_C_prev
