"""The inception module, forward pass in numpy.

Course 4 layout: A_prev is (m, n_H, n_W, n_C_prev); filters are (f, f, n_C_prev, n_C) and
biases (1, 1, 1, n_C). relu, conv_same and max_pool_same are given. Write inception_module
between the YOUR CODE markers.
"""

import numpy as np


def relu(Z):
    """ReLU, elementwise (given)."""
    return np.maximum(Z, 0)


def conv_same(A, W, b):
    """Convolution, stride 1, "same" padding, for an odd filter size f (given).

    A: (m, n_H, n_W, n_C_prev), W: (f, f, n_C_prev, n_C), b: (1, 1, 1, n_C).
    Returns Z: (m, n_H, n_W, n_C).
    """
    f = W.shape[0]
    p = (f - 1) // 2
    m, n_H, n_W, _ = A.shape
    A_pad = np.pad(A, ((0, 0), (p, p), (p, p), (0, 0)))
    Z = np.zeros((m, n_H, n_W, W.shape[3]))
    for i in range(f):
        for j in range(f):
            Z += np.dot(A_pad[:, i:i + n_H, j:j + n_W, :], W[i, j])
    return Z + b


def max_pool_same(A, f=3):
    """Max pooling, f x f window, stride 1, "same" padding: keeps n_H, n_W and n_C (given)."""
    p = (f - 1) // 2
    m, n_H, n_W, _ = A.shape
    A_pad = np.pad(A, ((0, 0), (p, p), (p, p), (0, 0)), constant_values=-np.inf)
    out = np.full(A.shape, -np.inf)
    for i in range(f):
        for j in range(f):
            out = np.maximum(out, A_pad[:, i:i + n_H, j:j + n_W, :])
    return out


def inception_module(A_prev, params):
    """Forward pass of one inception module (the GoogLeNet kind, with 1x1 bottlenecks).

    Four branches, each ending in a ReLU, all keeping n_H and n_W:
      1. 1x1 conv                                            params["1x1"]
      2. 1x1 conv + ReLU, then 3x3 conv                      params["3x3_reduce"], params["3x3"]
      3. 1x1 conv + ReLU, then 5x5 conv                      params["5x5_reduce"], params["5x5"]
      4. 3x3 max pool (stride 1, same), then 1x1 conv        params["pool_proj"]
    Each params entry is a pair (W, b). The branch outputs are concatenated along the channel
    axis, in the order 1, 2, 3, 4.

    Arguments:
    A_prev -- input volume, shape (m, n_H, n_W, n_C_prev)
    params -- dict of (W, b) pairs, keys as above

    Returns:
    A -- output volume, shape (m, n_H, n_W, sum of the four branches' channels)
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    branch1 = relu(conv_same(A_prev, *params["1x1"]))
    reduced3 = relu(conv_same(A_prev, *params["3x3_reduce"]))
    branch2 = relu(conv_same(reduced3, *params["3x3"]))
    reduced5 = relu(conv_same(A_prev, *params["5x5_reduce"]))
    branch3 = relu(conv_same(reduced5, *params["5x5"]))
    pooled = max_pool_same(A_prev, 3)
    branch4 = relu(conv_same(pooled, *params["pool_proj"]))
    A = np.concatenate([branch1, branch2, branch3, branch4], axis=-1)
    # YOUR CODE ENDS HERE
    return A
