def conv1d(x, W, b, stride=1):
    n_L = x.shape[0]
    f, _, n_C = W.shape
    n_out = (n_L - f) // stride + 1
    Z = np.zeros((n_out, n_C))
    for i in range(n_out):
        Z[i] = np.tensordot(x[i:i + f, :], W, axes=([0, 1], [0, 1])) + b
    return Z
