import numpy as np


def conv_valid(A_prev, filters, b):
    H, W, _ = A_prev.shape
    f = filters.shape[0]
    n_c = filters.shape[3]
    Z = np.zeros((H - f + 1, W - f + 1, n_c))
    for i in range(H - f):
        for j in range(W - f):
            patch = A_prev[i:i + f, j:j + f, :]
            Z[i, j, :] = np.tensordot(patch, filters, axes=([0, 1, 2], [0, 1, 2])) + b
    return Z
