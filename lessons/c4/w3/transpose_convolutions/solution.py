"""Transpose convolutions: growing a small feature map into a bigger one.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def transpose_conv_output_size(n, f, s, p):
    """Side length of the output of a transpose convolution.

    Arguments:
    n -- input side length
    f -- filter size
    s -- stride
    p -- padding (cropped from each side of the output)

    Returns:
    n_out -- int, (n - 1) * s + f - 2 * p
    """
    # YOUR CODE STARTS HERE
    # stub: n_out = None
    n_out = (n - 1) * s + f - 2 * p
    # YOUR CODE ENDS HERE
    return n_out


def conv_transpose2d(x, kernel, stride=2, pad=0):
    """Single-channel 2-D transpose convolution.

    Every input value scales a copy of the kernel; the copy is added to the output at a
    position that moves `stride` pixels per input pixel, and overlapping copies add up.
    Finally `pad` rows and columns are removed from every border.

    Arguments:
    x -- numpy array (n_h, n_w)
    kernel -- numpy array (f, f)
    stride -- s
    pad -- p

    Returns:
    out -- numpy array ((n_h - 1) * s + f - 2p, (n_w - 1) * s + f - 2p)
    """
    # YOUR CODE STARTS HERE
    # stub: out = None
    n_h, n_w = x.shape
    f = kernel.shape[0]
    full = np.zeros(((n_h - 1) * stride + f, (n_w - 1) * stride + f))
    for i in range(n_h):
        for j in range(n_w):
            full[i * stride:i * stride + f, j * stride:j * stride + f] += x[i, j] * kernel
    out = full[pad:full.shape[0] - pad, pad:full.shape[1] - pad]
    # YOUR CODE ENDS HERE
    return out
