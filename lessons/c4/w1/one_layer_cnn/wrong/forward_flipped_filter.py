def conv_layer_forward(a_prev, W, b):
    f, _, _, n_C = W.shape
    n_H = a_prev.shape[0] - f + 1
    n_W = a_prev.shape[1] - f + 1
    Z = np.zeros((n_H, n_W, n_C))
    for h in range(n_H):
        for w in range(n_W):
            a_slice = a_prev[h:h + f, w:w + f, :]
            for c in range(n_C):
                flipped = W[::-1, ::-1, :, c]
                Z[h, w, c] = np.sum(a_slice * flipped) + b[0, 0, 0, c]
    return Z, relu(Z)
