def unroll_activations(a):
    _, n_H, n_W, n_C = a.shape
    return np.transpose(a, (3, 2, 1, 0)).reshape(n_C, n_H * n_W)
