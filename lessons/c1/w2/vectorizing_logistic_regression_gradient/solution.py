"""Vectorizing logistic regression's gradient: the backward pass and one full step, loop-free.

sigmoid is written for you. Fill in compute_gradients, then gradient_descent_step (which can
call your compute_gradients), between the YOUR CODE markers.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of every element of z (a scalar or a numpy array of any shape)."""
    return 1 / (1 + np.exp(-z))


def compute_gradients(X, A, Y):
    """Gradients of the logistic regression cost with respect to w and b, for all m examples.

    Arguments:
    X -- data, a numpy array of shape (n_x, m)
    A -- predicted probabilities sigmoid(w^T X + b), a numpy array of shape (1, m)
    Y -- true labels (0 or 1), a numpy array of shape (1, m)

    Returns:
    grads -- a dictionary with
             "dw": gradient of the cost with respect to w, shape (n_x, 1)
             "db": gradient of the cost with respect to b, a single number
    """
    m = X.shape[1]
    # YOUR CODE STARTS HERE
    # stub: dw = None
    # stub: db = None
    dZ = A - Y
    dw = np.dot(X, dZ.T) / m
    db = np.sum(dZ) / m
    # YOUR CODE ENDS HERE
    grads = {"dw": dw, "db": db}
    return grads


def gradient_descent_step(w, b, X, Y, learning_rate):
    """One iteration of gradient descent for logistic regression, vectorized over the m examples.

    Arguments:
    w -- weights, a numpy array of shape (n_x, 1) (do not modify it in place)
    b -- bias, a scalar
    X -- data, a numpy array of shape (n_x, m)
    Y -- true labels (0 or 1), a numpy array of shape (1, m)
    learning_rate -- the step size alpha

    Returns:
    w -- the updated weights, a new numpy array of shape (n_x, 1)
    b -- the updated bias, a number
    """
    # YOUR CODE STARTS HERE
    # stub: w = None
    # stub: b = None
    A = sigmoid(np.dot(w.T, X) + b)
    grads = compute_gradients(X, A, Y)
    w = w - learning_rate * grads["dw"]
    b = b - learning_rate * grads["db"]
    # YOUR CODE ENDS HERE
    return w, b
