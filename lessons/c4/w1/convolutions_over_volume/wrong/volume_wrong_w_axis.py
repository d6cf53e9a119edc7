
def conv_volume(A_prev, W):
    m, n_H_prev, n_W_prev, _ = A_prev.shape
    f, _, _, n_C = W.shape
    Z = np.zeros((m, n_H_prev - f + 1, n_W_prev - f + 1, n_C))
    for i in range(m):
        for c in range(n_C):
            Z[i, :, :, c] = conv_single_filter(A_prev[i], W[:, :, c, :])
    return Z
