"""Activation functions: sigmoid, tanh, ReLU and leaky ReLU.

sigmoid and relu are given. Write tanh and leaky_relu between the YOUR CODE markers.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z, element by element: 1 / (1 + e^(-z)), values in (0, 1)."""
    return 1 / (1 + np.exp(-z))


def relu(z):
    """ReLU of z, element by element: max(0, z)."""
    return np.maximum(0, z)


def tanh(z):
    """Hyperbolic tangent of z, element by element.

    Arguments:
    z -- a number or a numpy array

    Returns:
    a -- (e^z - e^(-z)) / (e^z + e^(-z)), values in (-1, 1); same shape as z
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    a = (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
    # YOUR CODE ENDS HERE
    return a


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU of z, element by element.

    Arguments:
    z -- a number or a numpy array
    alpha -- the slope used for negative inputs (a small positive number)

    Returns:
    a -- z where z > 0, alpha * z elsewhere; same shape as z
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    a = np.where(z > 0, z, alpha * z)
    # YOUR CODE ENDS HERE
    return a
