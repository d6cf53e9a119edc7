"""Logistic regression gradient descent: the derivatives for ONE example, via the computation graph.

    x, w, b  -->  z = w^T x + b  -->  a = sigmoid(z)  -->  L(a, y)

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z (given): 1 / (1 + e^(-z)), element by element."""
    return 1 / (1 + np.exp(-z))


def compute_da_dz(a, y):
    """The last two backward steps of the graph: dL/da and dL/dz.

    Arguments:
    a -- the prediction sigmoid(z), strictly between 0 and 1 (a number or an array)
    y -- the true label, 0 or 1 (same shape as a)

    Returns:
    da -- dL/da = -y/a + (1 - y)/(1 - a)
    dz -- dL/dz = da * a * (1 - a), which simplifies to a - y
    """
    # YOUR CODE STARTS HERE
    # stub: da = None
    # stub: dz = None
    da = -y / a + (1 - y) / (1 - a)
    dz = a - y
    # YOUR CODE ENDS HERE
    return da, dz


def one_example_gradients(w, b, x, y):
    """Forward and backward through the graph for a single example.

    Arguments:
    w -- weights, numpy array of shape (n_x, 1)
    b -- bias, a number
    x -- ONE example, numpy array of shape (n_x, 1)
    y -- its label, 0 or 1

    Returns:
    grads -- dictionary with
             "dw": dL/dw, numpy array of shape (n_x, 1), the same shape as w
             "db": dL/db, a single number
    """
    # YOUR CODE STARTS HERE
    # stub: dw = None
    # stub: db = None
    z = np.sum(w * x) + b
    a = sigmoid(z)
    dz = a - y
    dw = x * dz
    db = dz
    # YOUR CODE ENDS HERE
    grads = {"dw": dw, "db": db}
    return grads
