"""Regularization: the Frobenius norm and the L2-regularized cost of a neural network.

parameters holds "W1", "b1", ..., "WL", "bL"; W[l] has shape (n[l], n[l-1]).
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def frobenius_norm(W):
    """The Frobenius norm of a matrix: the square root of the sum of its squared entries.

    Arguments:
    W -- a numpy array of any shape

    Returns:
    norm -- ||W||_F, a float
    """
    # YOUR CODE STARTS HERE
    # stub: norm = None
    norm = float(np.sqrt(np.sum(np.square(W))))
    # YOUR CODE ENDS HERE
    return norm


def l2_cost(cross_entropy_cost, parameters, lambd, m):
    """The L2-regularized cost J = cross-entropy + (lambd / (2 m)) * sum over l of ||W[l]||_F^2.

    Only the weight matrices are penalized, never the biases.

    Arguments:
    cross_entropy_cost -- the unregularized cost, a float
    parameters -- dict with "W1", "b1", ..., "WL", "bL"
    lambd -- the regularization hyperparameter lambda, a float
    m -- the number of training examples, an int

    Returns:
    cost -- the regularized cost, a float
    """
    L = len(parameters) // 2
    # YOUR CODE STARTS HERE
    # stub: cost = None
    squares = sum(frobenius_norm(parameters["W" + str(layer)]) ** 2 for layer in range(1, L + 1))
    cost = cross_entropy_cost + lambd / (2 * m) * squares
    # YOUR CODE ENDS HERE
    return cost
