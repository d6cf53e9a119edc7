def unroll_activations(a):
    _, n_H, n_W, n_C = a.shape
    return a.reshape(n_H * n_W, n_C)
