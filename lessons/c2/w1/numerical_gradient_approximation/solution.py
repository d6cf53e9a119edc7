"""Numerical approximation of gradients: estimate a slope from two function values.

one_sided_difference is given as a pattern. Write two_sided_difference and error_order
between the YOUR CODE markers.
"""

import numpy as np


def one_sided_difference(f, theta, epsilon):
    """The forward difference (f(theta + epsilon) - f(theta)) / epsilon; error of order epsilon."""
    return (f(theta + epsilon) - f(theta)) / epsilon


def two_sided_difference(f, theta, epsilon=1e-2):
    """The centred (two-sided) estimate of the derivative of f at theta.

    Arguments:
    f -- a function of one real variable that also works element by element on numpy arrays
    theta -- the point(s) where we want the slope: a number or a numpy array
    epsilon -- the small nudge

    Returns:
    gradapprox -- (f(theta + epsilon) - f(theta - epsilon)) / (2 * epsilon), the shape of theta
    """
    # YOUR CODE STARTS HERE
    # stub: gradapprox = None
    gradapprox = (f(theta + epsilon) - f(theta - epsilon)) / (2 * epsilon)
    # YOUR CODE ENDS HERE
    return gradapprox


def error_order(epsilons, errors):
    """How fast an approximation's error shrinks with epsilon: the p in error = C * epsilon^p.

    Taking logs turns error = C * epsilon^p into a straight line,
    log(error) = log(C) + p * log(epsilon), so p is the slope of the best straight line
    (least squares) through the points (log(epsilon), log(error)).

    Arguments:
    epsilons -- a list or 1-D numpy array of step sizes (at least two, all positive)
    errors -- the same number of positive errors, errors[k] measured with epsilons[k]

    Returns:
    order -- the slope p, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: order = None
    slope, intercept = np.polyfit(np.log(epsilons), np.log(errors), 1)
    order = float(slope)
    # YOUR CODE ENDS HERE
    return order
