"""Pooling layers: max and average pooling, first on one 2-D slice, then on a whole volume.

Write the two functions between the YOUR CODE markers. Course 4 layout: one image (or one
layer's activations) is a volume of shape (n_H, n_W, n_C).
"""

import numpy as np


def pool_2d(x, f, stride, mode="max"):
    """Max or average pooling of one 2-D slice, with no padding.

    Arguments:
    x -- a 2-D numpy array of shape (n_H_prev, n_W_prev)
    f -- the size of the pooling window (f x f)
    stride -- how far the window moves between two positions
    mode -- "max" or "average"

    Returns:
    out -- the pooled slice, shape (floor((n_H_prev - f) / stride) + 1,
                                    floor((n_W_prev - f) / stride) + 1)
    """
    # YOUR CODE STARTS HERE
    # stub: out = None
    n_H = (x.shape[0] - f) // stride + 1
    n_W = (x.shape[1] - f) // stride + 1
    out = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            window = x[h * stride:h * stride + f, w * stride:w * stride + f]
            out[h, w] = np.max(window) if mode == "max" else np.mean(window)
    # YOUR CODE ENDS HERE
    return out


def pool_volume(A_prev, f, stride, mode="max"):
    """Pool every channel of a volume separately, with the same window and stride.

    Arguments:
    A_prev -- a numpy array of shape (n_H_prev, n_W_prev, n_C)
    f -- the size of the pooling window
    stride -- the stride of the window
    mode -- "max" or "average"

    Returns:
    A -- the pooled volume, shape (n_H, n_W, n_C): the number of channels does not change
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    channels = [pool_2d(A_prev[:, :, c], f, stride, mode) for c in range(A_prev.shape[2])]
    A = np.stack(channels, axis=-1)
    # YOUR CODE ENDS HERE
    return A
