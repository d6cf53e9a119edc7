"""Convolutions beyond images: 1-D signals and 3-D volumes.

A 1-D signal with several channels has shape (n_L, n_C_prev): n_L time steps, channels last.
"""

import numpy as np


def conv1d(x, W, b, stride=1):
    """A 1-D convolution layer (no padding), as ConvNets compute it (no kernel flip).

    Arguments:
    x -- the signal, numpy array of shape (n_L, n_C_prev)
    W -- filters, numpy array of shape (f, n_C_prev, n_C)
    b -- biases, numpy array of shape (n_C,)
    stride -- step between two windows

    Returns:
    Z -- numpy array of shape (n_out, n_C) with n_out = (n_L - f) // stride + 1 and
         Z[i, c] = sum over t, k of x[i * stride + t, k] * W[t, k, c] + b[c]
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    n_L = x.shape[0]
    f, _, n_C = W.shape
    n_out = (n_L - f) // stride + 1
    Z = np.zeros((n_out, n_C))
    for i in range(n_out):
        start = i * stride
        window = x[start:start + f, :]
        Z[i] = np.tensordot(window, W, axes=([0, 1], [0, 1])) + b
    # YOUR CODE ENDS HERE
    return Z


def conv_output_shape(input_shape, f, n_filters, stride=1, pad=0):
    """Output shape of a convolution in any number of spatial dimensions (1-D, 2-D, 3-D ...).

    Arguments:
    input_shape -- tuple (n_1, ..., n_d, n_C_prev): d spatial sizes, then the channels
    f -- filter size along every spatial dimension
    n_filters -- number of filters
    stride -- stride along every spatial dimension
    pad -- padding added on BOTH sides of every spatial dimension

    Returns:
    shape -- tuple (o_1, ..., o_d, n_filters) with o_k = (n_k + 2 * pad - f) // stride + 1
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    spatial = tuple((n + 2 * pad - f) // stride + 1 for n in input_shape[:-1])
    shape = spatial + (n_filters,)
    # YOUR CODE ENDS HERE
    return shape
