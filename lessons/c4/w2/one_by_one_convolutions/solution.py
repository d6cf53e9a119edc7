"""Network in network: the 1x1 convolution.

Course 4 layout: A_prev is (m, n_H, n_W, n_C_prev); filters are (f, f, n_C_prev, n_C), here
with f = 1. Write conv_1x1 and conv_1x1_multiplies between the YOUR CODE markers.
"""

import numpy as np


def conv_1x1(A_prev, W, b):
    """A 1x1 convolution, stride 1: a dense layer applied to every pixel across its channels.

    At each pixel (i, h, w), the n_C_prev channel values form a vector x, and the output is
    Z[i, h, w, :] = x . W[0, 0] + b. No activation here.

    Arguments:
    A_prev -- input volume, shape (m, n_H, n_W, n_C_prev)
    W -- filters, shape (1, 1, n_C_prev, n_C)
    b -- biases, shape (1, 1, 1, n_C)

    Returns:
    Z -- output volume, shape (m, n_H, n_W, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    Z = np.dot(A_prev, W[0, 0]) + b
    # YOUR CODE ENDS HERE
    return Z


def conv_1x1_multiplies(n_H, n_W, n_C_prev, n_C):
    """How many multiplications a 1x1 convolution needs (biases not counted).

    Arguments:
    n_H, n_W -- height and width of the volume (unchanged by a 1x1 conv)
    n_C_prev -- number of input channels
    n_C -- number of 1x1 filters (output channels)

    Returns:
    count -- int
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    count = n_H * n_W * n_C * n_C_prev
    # YOUR CODE ENDS HERE
    return count
