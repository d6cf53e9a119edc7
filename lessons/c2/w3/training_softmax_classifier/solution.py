"""Training a softmax classifier: the cross-entropy cost over C classes and its gradients.

Write compute_cost and compute_gradients between the YOUR CODE markers. Columns are examples:
A and Y have shape (C, m), X has shape (n_x, m).
"""

import numpy as np


def compute_cost(A, Y):
    """The cross-entropy cost of softmax outputs A against one-hot labels Y.

    Arguments:
    A -- softmax probabilities, numpy array of shape (C, m); every column sums to 1
    Y -- one-hot labels, numpy array of shape (C, m): a single 1 per column, at the true class

    Returns:
    cost -- a Python float, J = -(1/m) * sum over examples j of sum over classes k of
            Y[k, j] * log(A[k, j])
    """
    m = Y.shape[1]
    # YOUR CODE STARTS HERE
    # stub: cost = None
    cost = -np.sum(Y * np.log(A)) / m
    # YOUR CODE ENDS HERE
    return float(cost)


def compute_gradients(X, A, Y):
    """Gradients of the cost for a softmax output layer z = W x + b.

    Arguments:
    X -- the inputs of the layer, numpy array of shape (n_x, m)
    A -- softmax probabilities, numpy array of shape (C, m)
    Y -- one-hot labels, numpy array of shape (C, m)

    Returns:
    grads -- a dict with
             "dZ": A - Y, shape (C, m)
             "dW": (1/m) * dZ X^T, shape (C, n_x), the same shape as W
             "db": (1/m) * the sum of dZ over the examples, shape (C, 1)
    """
    m = X.shape[1]
    # YOUR CODE STARTS HERE
    # stub: dZ = None
    # stub: dW = None
    # stub: db = None
    dZ = A - Y
    dW = np.dot(dZ, X.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    # YOUR CODE ENDS HERE
    return {"dZ": dZ, "dW": dW, "db": db}
