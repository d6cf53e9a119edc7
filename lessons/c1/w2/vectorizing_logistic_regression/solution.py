"""Vectorizing logistic regression: predictions for all m examples in one go.

sigmoid is written for you. Fill in forward_propagate between the YOUR CODE markers, without a
loop over the examples.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of every element of z (a scalar or a numpy array of any shape)."""
    return 1 / (1 + np.exp(-z))


def forward_propagate(w, b, X):
    """Logistic regression's forward pass for a whole batch of examples at once.

    Arguments:
    w -- weights, a numpy array of shape (n_x, 1)
    b -- bias, a scalar
    X -- data, a numpy array of shape (n_x, m): one example per column

    Returns:
    A -- the predicted probabilities, a numpy array of shape (1, m): A[0, i] = sigmoid(w^T x(i) + b)
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    Z = np.dot(w.T, X) + b
    A = sigmoid(Z)
    # YOUR CODE ENDS HERE
    return A
