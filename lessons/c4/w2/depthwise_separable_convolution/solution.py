"""Depthwise separable convolution: a depthwise step, then a pointwise (1 x 1) step.

Course 4 layout: a batch of activations is (m, n_H, n_W, n_C), batch first. Convolutions here
use valid padding (no padding). Write each function between the YOUR CODE markers.
"""

import numpy as np


def depthwise_conv_forward(A_prev, W, b, stride=1):
    """Depthwise convolution: every channel is convolved with its own f x f filter.

    Arguments:
    A_prev -- input activations, shape (m, n_H_prev, n_W_prev, n_C)
    W -- one filter per channel, shape (f, f, n_C)
    b -- one bias per channel, shape (1, 1, n_C)
    stride -- step between windows (the same in both directions)

    Returns:
    Z -- output, shape (m, n_H, n_W, n_C) with n_H = (n_H_prev - f) // stride + 1
         (and the same for n_W). The channel count does NOT change.
    """
    m, n_H_prev, n_W_prev, n_C = A_prev.shape
    f = W.shape[0]
    n_H = (n_H_prev - f) // stride + 1
    n_W = (n_W_prev - f) // stride + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    # YOUR CODE STARTS HERE
    for h in range(n_H):
        vert_start = h * stride
        for w in range(n_W):
            horiz_start = w * stride
            window = A_prev[:, vert_start:vert_start + f, horiz_start:horiz_start + f, :]
            Z[:, h, w, :] = np.sum(window * W, axis=(1, 2)) + b[0, 0]
    # YOUR CODE ENDS HERE
    return Z


def pointwise_conv_forward(A, W, b):
    """Pointwise (1 x 1) convolution: at every pixel, mix the n_C channels into n_C_new.

    Arguments:
    A -- input activations, shape (m, n_H, n_W, n_C)
    W -- n_C_new filters of size 1 x 1 x n_C, shape (1, 1, n_C, n_C_new)
    b -- biases, shape (1, 1, 1, n_C_new)

    Returns:
    Z -- output, shape (m, n_H, n_W, n_C_new)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    Z = np.matmul(A, W[0, 0]) + b
    # YOUR CODE ENDS HERE
    return Z


def relu(Z):
    """max(0, Z), element by element (given)."""
    return np.maximum(0, Z)


def separable_conv_forward(A_prev, W_dw, b_dw, W_pw, b_pw, stride=1):
    """Depthwise separable convolution: depthwise, ReLU, then pointwise.

    Arguments:
    A_prev -- input, shape (m, n_H_prev, n_W_prev, n_C)
    W_dw, b_dw -- depthwise filters (f, f, n_C) and biases (1, 1, n_C)
    W_pw, b_pw -- pointwise filters (1, 1, n_C, n_C_new) and biases (1, 1, 1, n_C_new)
    stride -- the depthwise step's stride

    Returns:
    Z -- output of the pointwise step, shape (m, n_H, n_W, n_C_new)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    A = relu(depthwise_conv_forward(A_prev, W_dw, b_dw, stride))
    Z = pointwise_conv_forward(A, W_pw, b_pw)
    # YOUR CODE ENDS HERE
    return Z
