"""The convolutional implementation of sliding windows.

Volumes are channels-last: one image is an array of shape (H, W, C). A fully connected layer
that reads a flattened (h, w, c) volume has weights W_fc of shape (n_out, h * w * c), and the
flattening is numpy's row-major order: volume.reshape(-1).
"""

import numpy as np


def window_output_grid(input_hw, trained_hw, net_stride):
    """Size of the output grid when a ConvNet trained on trained_hw inputs runs on a larger image.

    Arguments:
    input_hw -- tuple (H, W) of the test image
    trained_hw -- tuple (h, w) of the images the network was trained on
    net_stride -- int, the product of all strides in the network (e.g. 2 for one 2x2 max pool)

    Returns:
    grid -- tuple of two Python ints (rows, cols): one output per window position
    """
    # YOUR CODE STARTS HERE
    # stub: grid = None
    rows = (input_hw[0] - trained_hw[0]) // net_stride + 1
    cols = (input_hw[1] - trained_hw[1]) // net_stride + 1
    grid = (int(rows), int(cols))
    # YOUR CODE ENDS HERE
    return grid


def fc_to_conv(W_fc, prev_shape):
    """Rewrite a fully connected layer as a convolution with filters the size of its input.

    Arguments:
    W_fc -- numpy array of shape (n_out, h * w * c), the FC weights (input flattened row-major)
    prev_shape -- tuple (h, w, c), the shape of the volume the FC layer reads

    Returns:
    filters -- numpy array of shape (h, w, c, n_out): filters[..., k] holds unit k's weights,
               so that sum(volume * filters[..., k]) == W_fc[k] @ volume.reshape(-1)
    """
    # YOUR CODE STARTS HERE
    # stub: filters = None
    h, w, c = prev_shape
    filters = W_fc.reshape(-1, h, w, c).transpose(1, 2, 3, 0)
    # YOUR CODE ENDS HERE
    return filters


def conv_valid(A_prev, filters, b):
    """A 'valid' convolution with stride 1 over one channels-last volume.

    Arguments:
    A_prev -- numpy array of shape (H, W, C)
    filters -- numpy array of shape (f, f, C, n_c)
    b -- numpy array of shape (n_c,), one bias per filter

    Returns:
    Z -- numpy array of shape (H - f + 1, W - f + 1, n_c):
         Z[i, j, k] = sum(A_prev[i:i+f, j:j+f, :] * filters[..., k]) + b[k]
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    H, W, _ = A_prev.shape
    f = filters.shape[0]
    n_c = filters.shape[3]
    Z = np.zeros((H - f + 1, W - f + 1, n_c))
    for i in range(H - f + 1):
        for j in range(W - f + 1):
            patch = A_prev[i:i + f, j:j + f, :]
            Z[i, j, :] = np.tensordot(patch, filters, axes=([0, 1, 2], [0, 1, 2])) + b
    # YOUR CODE ENDS HERE
    return Z
