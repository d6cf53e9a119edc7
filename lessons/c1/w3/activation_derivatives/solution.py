"""Derivatives of activation functions: the slopes backpropagation multiplies by.

sigmoid_derivative and relu_derivative are given as patterns. Write tanh_derivative and
leaky_relu_derivative between the YOUR CODE markers.
"""

import numpy as np


def sigmoid_derivative(z):
    """g'(z) for g = sigmoid: a (1 - a) with a = sigmoid(z)."""
    a = 1 / (1 + np.exp(-z))
    return a * (1 - a)


def relu_derivative(z):
    """g'(z) for g = relu: 1 where z > 0, 0 elsewhere (we take 0 at z = 0)."""
    return np.where(z > 0, 1.0, 0.0)


def tanh_derivative(z):
    """g'(z) for g = tanh, element by element.

    Arguments:
    z -- a number or a numpy array

    Returns:
    dg -- 1 - a^2 where a = tanh(z); same shape as z
    """
    # YOUR CODE STARTS HERE
    # stub: dg = None
    a = np.tanh(z)
    dg = 1 - a ** 2
    # YOUR CODE ENDS HERE
    return dg


def leaky_relu_derivative(z, alpha=0.01):
    """g'(z) for g = leaky ReLU (z for z > 0, alpha z otherwise), element by element.

    Arguments:
    z -- a number or a numpy array
    alpha -- the slope of the negative side

    Returns:
    dg -- 1.0 where z > 0, alpha elsewhere (we take alpha at z = 0); same shape as z
    """
    # YOUR CODE STARTS HERE
    # stub: dg = None
    dg = np.where(z > 0, 1.0, alpha)
    # YOUR CODE ENDS HERE
    return dg
