"""Vanishing / exploding gradients: what a long chain of matrix products does to a signal.

The network here is deliberately simple: L layers, no biases, and the identity activation
g(z) = z, so A[l] = W[l] A[l-1]. Write deep_linear_forward and deep_linear_backward between
the YOUR CODE markers. Columns are examples; W[l] has shape (n[l], n[l-1]).
"""

import numpy as np


def deep_linear_forward(X, weights):
    """Push X through the layers, keeping every layer's activations.

    Arguments:
    X -- input data, numpy array of shape (n[0], m)
    weights -- a list [W1, W2, ..., WL]; weights[l - 1] is W[l], of shape (n[l], n[l-1])

    Returns:
    activations -- a list [A1, A2, ..., AL] of length L, where A[l] = W[l] A[l-1] (A0 = X)
                   has shape (n[l], m)
    """
    # YOUR CODE STARTS HERE
    # stub: activations = None
    activations = []
    A = X
    for W in weights:
        A = np.dot(W, A)
        activations.append(A)
    # YOUR CODE ENDS HERE
    return activations


def deep_linear_backward(dAL, weights):
    """Send the gradient of the cost back from the output to the input.

    With A[l] = W[l] A[l-1], the chain rule gives dA[l-1] = W[l]^T dA[l], one layer at a time,
    starting from dA[L] = dAL.

    Arguments:
    dAL -- the gradient of the cost with respect to the output A[L], shape (n[L], m)
    weights -- a list [W1, W2, ..., WL]; weights[l - 1] is W[l], of shape (n[l], n[l-1])

    Returns:
    grads -- a list [dA0, dA1, ..., dA(L-1)] of length L, where grads[l] = dA[l] has the shape
             of A[l] (dA0 is the gradient with respect to the input X)
    """
    # YOUR CODE STARTS HERE
    # stub: grads = None
    L = len(weights)
    grads = [None] * L
    dA = dAL
    for l in range(L, 0, -1):
        dA = np.dot(weights[l - 1].T, dA)
        grads[l - 1] = dA
    # YOUR CODE ENDS HERE
    return grads
