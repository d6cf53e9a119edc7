"""Strided convolutions: jump the filter s pixels at a time.

Write conv_output_size, then conv2d_strided, between the YOUR CODE markers.
"""

import numpy as np


def conv_output_size(n, f, pad, stride):
    """Size of a convolution's output along one axis.

    Arguments:
    n -- the input's size along the axis (height or width)
    f -- the filter size
    pad -- zeros added on EACH side
    stride -- how many pixels the filter jumps between positions

    Returns:
    n_out -- floor((n + 2 * pad - f) / stride) + 1, an int
    """
    # YOUR CODE STARTS HERE
    # stub: n_out = None
    n_out = (n + 2 * pad - f) // stride + 1
    # YOUR CODE ENDS HERE
    return n_out


def conv2d_strided(image, kernel, stride):
    """Valid cross-correlation of a grey image with an (f, f) kernel, with a stride.

    Output pixel (h, w) uses the patch whose top-left corner is (h * stride, w * stride).
    A filter position that would stick out past the edge of the image is skipped.

    Arguments:
    image -- numpy array of shape (n_H, n_W)
    kernel -- numpy array of shape (f, f)
    stride -- a positive integer

    Returns:
    Z -- numpy array of shape (floor((n_H - f) / stride) + 1, floor((n_W - f) / stride) + 1)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    f = kernel.shape[0]
    n_H = (image.shape[0] - f) // stride + 1
    n_W = (image.shape[1] - f) // stride + 1
    Z = np.zeros((n_H, n_W))
    for h in range(n_H):
        vert_start = h * stride
        vert_end = vert_start + f
        for w in range(n_W):
            horiz_start = w * stride
            horiz_end = horiz_start + f
            Z[h, w] = np.sum(image[vert_start:vert_end, horiz_start:horiz_end] * kernel)
    # YOUR CODE ENDS HERE
    return Z
