"""Logistic regression: the probability that each example is a 1, yhat = sigmoid(w^T x + b).

Write the function between the YOUR CODE markers. Keep the name and signature.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of every element of z (given: you wrote it in "Python basics with NumPy").

    Arguments:
    z -- a scalar or numpy array of any shape

    Returns:
    s -- 1 / (1 + e^(-z)), same shape as z
    """
    return 1 / (1 + np.exp(-z))


def forward_propagate(w, b, X):
    """Logistic regression's prediction for every example (every column) of X.

    Arguments:
    w -- weights, numpy array of shape (n_x, 1)
    b -- bias, a scalar
    X -- data, numpy array of shape (n_x, m): one column per example

    Returns:
    A -- numpy array of shape (1, m): A[0, i] = sigmoid(w^T x(i) + b), the predicted
         probability that example i has label 1
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    A = sigmoid(np.dot(w.T, X) + b)
    # YOUR CODE ENDS HERE
    return A
