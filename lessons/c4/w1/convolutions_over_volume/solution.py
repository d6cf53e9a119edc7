"""Convolutions over volume: filters as deep as the image, several filters stacked.

Course 4 layout: the batch axis first. A_prev is (m, n_H, n_W, n_C_prev); the filters W are
(f, f, n_C_prev, n_C), one (f, f, n_C_prev) filter per output channel.
Write conv_single_filter, then conv_volume, between the YOUR CODE markers (stride 1, no
padding, no bias).
"""

import numpy as np


def conv_single_filter(image, filt):
    """Slide one 3-D filter over one multi-channel image.

    Each output pixel is the sum of ALL f * f * n_C products between the filter and the
    (f, f, n_C) block of the image under it: one number per position, so the output is 2-D.

    Arguments:
    image -- numpy array of shape (n_H, n_W, n_C)
    filt -- numpy array of shape (f, f, n_C), as many channels as the image

    Returns:
    Z -- numpy array of shape (n_H - f + 1, n_W - f + 1)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    f = filt.shape[0]
    n_H = image.shape[0] - f + 1
    n_W = image.shape[1] - f + 1
    Z = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            Z[h, w] = np.sum(image[h:h + f, w:w + f, :] * filt)
    # YOUR CODE ENDS HERE
    return Z


def conv_volume(A_prev, W):
    """Convolve a batch of images with n_C filters and stack the results as output channels.

    Output channel c of example i is conv_single_filter(A_prev[i], W[:, :, :, c]).

    Arguments:
    A_prev -- numpy array of shape (m, n_H_prev, n_W_prev, n_C_prev)
    W -- numpy array of shape (f, f, n_C_prev, n_C)

    Returns:
    Z -- numpy array of shape (m, n_H_prev - f + 1, n_W_prev - f + 1, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    m, n_H_prev, n_W_prev, _ = A_prev.shape
    f, _, _, n_C = W.shape
    Z = np.zeros((m, n_H_prev - f + 1, n_W_prev - f + 1, n_C))
    for i in range(m):
        for c in range(n_C):
            Z[i, :, :, c] = conv_single_filter(A_prev[i], W[:, :, :, c])
    # YOUR CODE ENDS HERE
    return Z
