def cost_ratio(f, n_C_new):
    return 1 / (n_C_new * f ** 2)
