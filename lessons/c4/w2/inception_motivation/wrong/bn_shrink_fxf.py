def bottleneck_multiplies(n_H, n_W, n_C_prev, n_bottleneck, f, n_C):
    return (conv_multiplies(n_H, n_W, n_bottleneck, f, n_C_prev)
            + conv_multiplies(n_H, n_W, n_C, f, n_bottleneck))
