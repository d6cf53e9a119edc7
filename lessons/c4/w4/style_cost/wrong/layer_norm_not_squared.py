def compute_layer_style_cost(a_S, a_G):
    _, n_H, n_W, n_C = a_G.shape
    GS = gram_matrix(a_S.reshape(n_H * n_W, n_C).T)
    GG = gram_matrix(a_G.reshape(n_H * n_W, n_C).T)
    return float(np.sum((GS - GG) ** 2) / (4 * n_C ** 2 * n_H * n_W))
