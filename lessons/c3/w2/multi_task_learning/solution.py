"""Multi-task learning: one network, four yes/no questions per image, some answers unknown.

The course's layout: columns are examples. For m images and 4 tasks (pedestrian, car, stop
sign, traffic light), the labels Y and the sigmoid outputs A have shape (4, m). A label is 1
(present), 0 (absent), or missing: marked -1 or NaN when the labeller did not say.
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def label_mask(Y):
    """Which entries of Y carry a real label?

    Arguments:
    Y -- labels, numpy array of shape (n_tasks, m): 1, 0, or missing (-1 or NaN)

    Returns:
    mask -- boolean numpy array of the shape of Y: True where Y is 0 or 1
    """
    # YOUR CODE STARTS HERE
    # stub: mask = None
    mask = (Y == 0) | (Y == 1)
    # YOUR CODE ENDS HERE
    return mask


def multitask_cost(A, Y):
    """The multi-task logistic cost, skipping the missing labels.

        J = -(1/m) * sum over examples i and labelled tasks j of
                     [ Y[j, i] * log(A[j, i]) + (1 - Y[j, i]) * log(1 - A[j, i]) ]

    Arguments:
    A -- sigmoid outputs, numpy array of shape (n_tasks, m), every entry strictly in (0, 1)
    Y -- labels, numpy array of shape (n_tasks, m): 1, 0, or missing (-1 or NaN)

    Returns:
    cost -- the cost J, a Python float
    """
    m = Y.shape[1]
    # YOUR CODE STARTS HERE
    # stub: cost = None
    mask = label_mask(Y)
    Y0 = np.where(mask, Y, 0)
    losses = -(Y0 * np.log(A) + (1 - Y0) * np.log(1 - A))
    cost = float(np.sum(np.where(mask, losses, 0)) / m)
    # YOUR CODE ENDS HERE
    return cost


def multitask_dZ(A, Y):
    """The gradient of multitask_cost with respect to Z, where A = sigmoid(Z).

        dZ[j, i] = (A[j, i] - Y[j, i]) / m   where Y[j, i] is a label, 0 where it is missing

    Arguments:
    A -- sigmoid outputs, numpy array of shape (n_tasks, m)
    Y -- labels, numpy array of shape (n_tasks, m): 1, 0, or missing (-1 or NaN)

    Returns:
    dZ -- numpy array of shape (n_tasks, m), with no NaN in it
    """
    m = Y.shape[1]
    # YOUR CODE STARTS HERE
    # stub: dZ = None
    mask = label_mask(Y)
    dZ = np.where(mask, A - Y, 0) / m
    # YOUR CODE ENDS HERE
    return dZ
