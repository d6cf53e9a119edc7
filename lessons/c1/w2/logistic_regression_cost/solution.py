"""The logistic regression cost: a loss for one example, then its average over m examples.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def loss(a, y):
    """Cross-entropy loss of a prediction a against a label y.

    Works on single numbers and, element by element, on arrays of matching shape.

    Arguments:
    a -- predicted probability that y = 1, strictly between 0 and 1 (a number or an array)
    y -- the true label, 0 or 1 (same shape as a)

    Returns:
    L -- -(y log(a) + (1 - y) log(1 - a)), same shape as a
    """
    # YOUR CODE STARTS HERE
    # stub: L = None
    L = -(y * np.log(a) + (1 - y) * np.log(1 - a))
    # YOUR CODE ENDS HERE
    return L


def compute_cost(A, Y):
    """Cost J: the mean of the losses over the m examples.

    Arguments:
    A -- predictions, numpy array of shape (1, m), entries strictly between 0 and 1
    Y -- labels, numpy array of shape (1, m), entries 0 or 1

    Returns:
    cost -- J = (1/m) * sum over i of loss(A[0, i], Y[0, i]), a single number (a float)
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    m = Y.shape[1]
    cost = float(np.sum(loss(A, Y)) / m)
    # YOUR CODE ENDS HERE
    return cost
