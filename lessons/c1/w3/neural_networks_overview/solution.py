"""Neural networks overview: a network is logistic regression units feeding each other.

sigmoid is given. Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z, element by element."""
    return 1 / (1 + np.exp(-z))


def logistic_unit(x, w, b):
    """One logistic regression unit: a weighted sum of the inputs, then a sigmoid.

    Arguments:
    x -- input column, shape (n, 1)
    w -- weights, shape (n, 1)
    b -- bias, a number

    Returns:
    a -- sigmoid(w^T x + b), shape (1, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    z = np.dot(w.T, x) + b
    a = sigmoid(z)
    # YOUR CODE ENDS HERE
    return a


def two_layer_by_units(x, hidden_units, output_unit):
    """A 2-layer network computed one unit at a time.

    Arguments:
    x -- input column, shape (n_x, 1)
    hidden_units -- a list of n_h pairs (w, b), each w of shape (n_x, 1), b a number
    output_unit -- one pair (w, b) with w of shape (n_h, 1), b a number

    Returns:
    a2 -- the network's output, shape (1, 1): the output unit applied to the column a1 of
          shape (n_h, 1) that stacks the hidden units' outputs
    """
    # YOUR CODE STARTS HERE
    # stub: a2 = None
    a1 = np.vstack([logistic_unit(x, w, b) for w, b in hidden_units])
    w2, b2 = output_unit
    a2 = logistic_unit(a1, w2, b2)
    # YOUR CODE ENDS HERE
    return a2
