"""One layer of a convolutional network: filters, a bias per filter, then a ReLU.

relu is given. Write the two functions between the YOUR CODE markers. Course 4 layout:
an image is (n_H, n_W, n_C), the filters are W of shape (f, f, n_C_prev, n_C) and the
biases are b of shape (1, 1, 1, n_C).
"""

import numpy as np


def relu(z):
    """ReLU of z, element by element."""
    return np.maximum(0, z)


def conv_layer_forward(a_prev, W, b):
    """Forward pass of one convolutional layer on ONE image (stride 1, no padding).

    Arguments:
    a_prev -- the input image (or previous activations), shape (n_H_prev, n_W_prev, n_C_prev)
    W -- the n_C filters, shape (f, f, n_C_prev, n_C): W[:, :, :, c] is filter c
    b -- the biases, shape (1, 1, 1, n_C): one number per filter

    Returns:
    Z -- the linear output, shape (n_H_prev - f + 1, n_W_prev - f + 1, n_C)
    A -- relu(Z), same shape as Z
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    # stub: A = None
    f, _, _, n_C = W.shape
    n_H = a_prev.shape[0] - f + 1
    n_W = a_prev.shape[1] - f + 1
    Z = np.zeros((n_H, n_W, n_C))
    for h in range(n_H):
        for w in range(n_W):
            a_slice = a_prev[h:h + f, w:w + f, :]
            for c in range(n_C):
                Z[h, w, c] = np.sum(a_slice * W[:, :, :, c]) + b[0, 0, 0, c]
    A = relu(Z)
    # YOUR CODE ENDS HERE
    return Z, A


def count_conv_parameters(input_shape, f, n_C):
    """Number of learnable parameters of a convolutional layer.

    Arguments:
    input_shape -- the shape (n_H_prev, n_W_prev, n_C_prev) of the layer's input
    f -- the filter size (each filter is f x f x n_C_prev)
    n_C -- the number of filters

    Returns:
    n_params -- the number of weights plus the number of biases, a Python int
    """
    # YOUR CODE STARTS HERE
    # stub: n_params = None
    n_C_prev = input_shape[2]
    n_params = (f * f * n_C_prev + 1) * n_C
    # YOUR CODE ENDS HERE
    return n_params
