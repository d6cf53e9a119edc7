"""Why human-level performance? Measure how progress slows once a model reaches people.

A learning curve here is the dev error of a project over time, one value per month (or per
model version): errors[0] is the first measurement, errors[-1] the latest. Errors are
fractions: 0.07 means 7%. Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def first_to_reach(errors, level):
    """The first time step at which the error is at or below a level (e.g. human-level).

    Arguments:
    errors -- the learning curve, numpy array of shape (T,)
    level -- the error to reach, a float

    Returns:
    t -- the smallest index t with errors[t] <= level, an int, or None if it is never reached
    """
    # YOUR CODE STARTS HERE
    # stub: t = None
    t = None
    for step, error in enumerate(errors):
        if error <= level:
            t = step
            break
    # YOUR CODE ENDS HERE
    return t


def progress_before_after(errors, level):
    """The average improvement per step before and after the curve reaches `level`.

    With k = first_to_reach(errors, level) and n = len(errors):
        before = (errors[0] - errors[k]) / k              (k steps from 0 to k)
        after  = (errors[k] - errors[n - 1]) / (n - 1 - k) (steps from k to the end)
    When a side has no steps it is None: before is None if k == 0, after is None if
    k == n - 1. If the level is never reached, before covers the whole curve
    ((errors[0] - errors[n - 1]) / (n - 1)) and after is None.

    Arguments:
    errors -- the learning curve, numpy array of shape (T,) with T >= 2
    level -- the error level, e.g. human-level error, a float

    Returns:
    (before, after) -- a tuple of two floats (or None where a side has no steps)
    """
    # YOUR CODE STARTS HERE
    # stub: before, after = None, None
    n = len(errors)
    k = first_to_reach(errors, level)
    if k is None:
        before, after = float(errors[0] - errors[n - 1]) / (n - 1), None
    else:
        before = float(errors[0] - errors[k]) / k if k > 0 else None
        after = float(errors[k] - errors[n - 1]) / (n - 1 - k) if k < n - 1 else None
    # YOUR CODE ENDS HERE
    return before, after


def examples_to_study(y_hat, y_human, y):
    """The examples a person labelled correctly but the model got wrong.

    These are the ones worth a manual look: "why did the person get this right?"

    Arguments:
    y_hat -- the model's predictions, numpy array of shape (1, m)
    y_human -- a person's labels for the same examples, numpy array of shape (1, m)
    y -- the true labels, numpy array of shape (1, m)

    Returns:
    idx -- the column indices of those examples in increasing order, a 1-D numpy array of ints
    """
    # YOUR CODE STARTS HERE
    # stub: idx = None
    worth_a_look = (y_human == y) & (y_hat != y)
    idx = np.flatnonzero(worth_a_look)
    # YOUR CODE ENDS HERE
    return idx
