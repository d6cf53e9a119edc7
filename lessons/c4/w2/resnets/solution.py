"""ResNets: a residual block lets the input skip ahead two layers.

The lecture's notation: columns are examples. A_prev has shape (n, m); W1 is (n1, n), W2 is
(n, n1), biases are column vectors. Write plain_block_forward and residual_block_forward.
"""

import numpy as np


def relu(Z):
    """ReLU, elementwise (given)."""
    return np.maximum(Z, 0)


def plain_block_forward(A_prev, W1, b1, W2, b2):
    """Two ordinary layers, LINEAR -> RELU -> LINEAR -> RELU, with no shortcut.

    Arguments:
    A_prev -- activations a[l], shape (n, m)
    W1, b1 -- weights (n1, n) and bias (n1, 1) of layer l+1
    W2, b2 -- weights (n, n1) and bias (n, 1) of layer l+2

    Returns:
    A2 -- a[l+2] = g(W2 g(W1 a[l] + b1) + b2), shape (n, m)
    """
    # YOUR CODE STARTS HERE
    # stub: A2 = None
    A1 = relu(np.dot(W1, A_prev) + b1)
    A2 = relu(np.dot(W2, A1) + b2)
    # YOUR CODE ENDS HERE
    return A2


def residual_block_forward(A_prev, W1, b1, W2, b2):
    """The same two layers with a shortcut: a[l] is added to z[l+2] BEFORE the last ReLU.

    Arguments:
    A_prev -- activations a[l], shape (n, m)
    W1, b1 -- weights (n1, n) and bias (n1, 1) of layer l+1
    W2, b2 -- weights (n, n1) and bias (n, 1) of layer l+2

    Returns:
    A2 -- a[l+2] = g(z[l+2] + a[l]), shape (n, m)
    """
    # YOUR CODE STARTS HERE
    # stub: A2 = None
    A1 = relu(np.dot(W1, A_prev) + b1)
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2 + A_prev)
    # YOUR CODE ENDS HERE
    return A2
