def conv_1x1(A_prev, W, b):
    m, n_H, n_W, n_C_prev = A_prev.shape
    flat = A_prev.reshape(n_C_prev, -1)
    Z = np.dot(W[0, 0].T, flat)
    return Z.reshape(m, n_H, n_W, -1) + b
