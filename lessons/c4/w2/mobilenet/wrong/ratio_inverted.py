def cost_ratio(f, n_C_new):
    return 1 / (1 / n_C_new + 1 / f ** 2)
