"""Python basics with NumPy: the small building blocks every later lesson leans on.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
and the later lessons call them exactly like this.
"""

import math

import numpy as np


def basic_sigmoid(x):
    """Sigmoid of one real number, using math.exp.

    Arguments:
    x -- a Python number

    Returns:
    s -- sigmoid(x) = 1 / (1 + e^(-x)), a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: s = None
    s = 1 / (1 + math.exp(-x))
    # YOUR CODE ENDS HERE
    return s


def sigmoid(x):
    """Sigmoid of every element of a numpy array (or of a number), using np.exp.

    Arguments:
    x -- a scalar or numpy array of any shape

    Returns:
    s -- sigmoid(x), same shape as x
    """
    # YOUR CODE STARTS HERE
    # stub: s = None
    s = 1 / (1 + np.exp(-x))
    # YOUR CODE ENDS HERE
    return s


def sigmoid_derivative(x):
    """The slope of the sigmoid at x: sigma(x) * (1 - sigma(x)).

    Arguments:
    x -- a scalar or numpy array

    Returns:
    ds -- the gradient, same shape as x
    """
    # YOUR CODE STARTS HERE
    # stub: ds = None
    s = sigmoid(x)
    ds = s * (1 - s)
    # YOUR CODE ENDS HERE
    return ds


def image2vector(image):
    """Unroll an image of shape (length, height, depth) into a column vector.

    Arguments:
    image -- a numpy array of shape (length, height, depth)

    Returns:
    v -- a vector of shape (length * height * depth, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: v = None
    v = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)
    # YOUR CODE ENDS HERE
    return v


def normalize_rows(x):
    """Divide each row of x by its Euclidean (L2) length, so every row has length 1.

    Arguments:
    x -- a numpy matrix of shape (n, m)

    Returns:
    x -- the normalized matrix, shape (n, m)
    """
    # YOUR CODE STARTS HERE
    # stub: x = None
    x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
    x = x / x_norm
    # YOUR CODE ENDS HERE
    return x


def softmax(x):
    """Softmax of each row of x: exponentiate, then divide by the row's sum.

    Arguments:
    x -- a numpy matrix of shape (m, n)

    Returns:
    s -- a numpy matrix of shape (m, n) whose rows are probability distributions
    """
    # YOUR CODE STARTS HERE
    # stub: s = None
    x_exp = np.exp(x)
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    # YOUR CODE ENDS HERE
    return s


def L1(yhat, y):
    """L1 loss: the sum of absolute differences between predictions and labels.

    Arguments:
    yhat -- vector of size m (predicted labels)
    y -- vector of size m (true labels)

    Returns:
    loss -- the value of the L1 loss
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    loss = np.sum(np.abs(y - yhat))
    # YOUR CODE ENDS HERE
    return loss


def L2(yhat, y):
    """L2 loss: the sum of squared differences between predictions and labels.

    Arguments:
    yhat -- vector of size m (predicted labels)
    y -- vector of size m (true labels)

    Returns:
    loss -- the value of the L2 loss
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    loss = np.dot(y - yhat, y - yhat)
    # YOUR CODE ENDS HERE
    return loss
