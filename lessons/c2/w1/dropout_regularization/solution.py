"""Dropout regularization: inverted dropout on one layer's activations, forward and backward.

A has one example per COLUMN, shape (n[l], m). Write the two functions between the YOUR CODE
markers.
"""

import numpy as np


def dropout_forward(A, keep_prob, seed=0):
    """Inverted dropout on the activations of one layer.

    Draw the mask exactly like this, so that results are reproducible:
        np.random.seed(seed)
        D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob
    then shut the dropped units down and scale the survivors up by 1 / keep_prob.

    Arguments:
    A -- activations, numpy array of shape (n[l], m)
    keep_prob -- the probability of keeping each unit, a float in (0, 1]
    seed -- the seed for the mask, an int

    Returns:
    A_drop -- A * D / keep_prob, a new array of shape (n[l], m)
    D -- the mask, shape (n[l], m): 1 (or True) where the unit was kept, 0 where it was dropped
    """
    # YOUR CODE STARTS HERE
    # stub: A_drop = None
    # stub: D = None
    np.random.seed(seed)
    D = (np.random.rand(A.shape[0], A.shape[1]) < keep_prob).astype(int)
    A_drop = A * D / keep_prob
    # YOUR CODE ENDS HERE
    return A_drop, D


def dropout_backward(dA, D, keep_prob):
    """The gradient through the dropout step: only the kept units pass it back, scaled.

    Arguments:
    dA -- gradient of the cost with respect to A_drop, shape (n[l], m)
    D -- the mask returned by dropout_forward for this layer
    keep_prob -- the same keep_prob as in the forward pass

    Returns:
    dA_prev -- gradient with respect to A (before dropout), a new array of shape (n[l], m)
    """
    # YOUR CODE STARTS HERE
    # stub: dA_prev = None
    dA_prev = dA * D / keep_prob
    # YOUR CODE ENDS HERE
    return dA_prev
