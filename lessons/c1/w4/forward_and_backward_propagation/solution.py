"""Forward and backward propagation: where the backward pass starts, and how it crosses an
activation.

Write each function between the YOUR CODE markers. Columns are examples.
"""

import numpy as np


def output_gradient(AL, Y):
    """dA[L]: the derivative of the cross-entropy loss with respect to the output activation.

    For each example, L(a, y) = -(y log a + (1 - y) log(1 - a)), so
    dL/da = -(y / a - (1 - y) / (1 - a)).

    Arguments:
    AL -- output probabilities, shape (1, m)
    Y -- true labels (0 or 1), shape (1, m)

    Returns:
    dAL -- array of shape (1, m)
    """
    # YOUR CODE STARTS HERE
    # stub: dAL = None
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    # YOUR CODE ENDS HERE
    return dAL


def activation_backward(dA, Z, activation):
    """dZ = dA * g'(Z): carry a gradient back through an activation function.

    activation "relu":    g'(Z) = 1 where Z > 0, and 0 elsewhere (also at Z == 0)
    activation "sigmoid": g'(Z) = s (1 - s) with s = 1 / (1 + e^(-Z))

    Arguments:
    dA -- gradient with respect to the activation's output A = g(Z)
    Z -- the activation's input, same shape as dA
    activation -- "relu" or "sigmoid"

    Returns:
    dZ -- gradient with respect to Z, same shape as Z
    """
    # YOUR CODE STARTS HERE
    # stub: dZ = None
    if activation == "relu":
        dZ = dA * (Z > 0)
    elif activation == "sigmoid":
        s = 1 / (1 + np.exp(-Z))
        dZ = dA * s * (1 - s)
    # YOUR CODE ENDS HERE
    return dZ
