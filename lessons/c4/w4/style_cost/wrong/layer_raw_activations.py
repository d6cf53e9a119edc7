def compute_layer_style_cost(a_S, a_G):
    _, n_H, n_W, n_C = a_G.shape
    return float(np.sum((a_S - a_G) ** 2) / (4 * n_C ** 2 * (n_H * n_W) ** 2))
