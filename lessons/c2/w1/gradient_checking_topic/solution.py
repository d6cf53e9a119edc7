"""Gradient checking: compare backpropagation's gradient with a numerical one, component by component.

All the parameters are reshaped into ONE column vector theta of shape (n, 1), and the cost is a
function J(theta) returning a number. Write gradient_approx and relative_difference between the
YOUR CODE markers; verdict is given.
"""

import numpy as np


def gradient_approx(J, theta, epsilon=1e-7):
    """The numerical gradient of J at theta, one component at a time.

    For every i, nudge ONLY component i up and down by epsilon (on copies of theta) and take
    the two-sided difference (J(theta_plus) - J(theta_minus)) / (2 * epsilon).

    Arguments:
    J -- the cost: a function taking a column vector of shape (n, 1) and returning a number
    theta -- the parameters, a float numpy array of shape (n, 1); leave it unchanged
    epsilon -- the nudge

    Returns:
    gradapprox -- numpy array of shape (n, 1), the estimate of dJ/dtheta
    """
    # YOUR CODE STARTS HERE
    # stub: gradapprox = None
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        gradapprox[i, 0] = (J(theta_plus) - J(theta_minus)) / (2 * epsilon)
    # YOUR CODE ENDS HERE
    return gradapprox


def relative_difference(grad, gradapprox):
    """How far apart two gradient vectors are, relative to their size.

    difference = ||grad - gradapprox||_2 / (||grad||_2 + ||gradapprox||_2)

    Arguments:
    grad -- the gradient from backpropagation, numpy array of shape (n, 1)
    gradapprox -- the numerical gradient, same shape (the two are not both zero)

    Returns:
    difference -- a Python float between 0 and 1
    """
    # YOUR CODE STARTS HERE
    # stub: difference = None
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = float(numerator / denominator)
    # YOUR CODE ENDS HERE
    return difference


def verdict(difference):
    """Read a relative difference the usual way (with epsilon = 1e-7)."""
    if difference < 1e-7:
        return "great: backpropagation agrees with the numerical gradient"
    if difference < 1e-5:
        return "probably fine, but double-check the components"
    if difference < 1e-3:
        return "suspicious: look for the components that disagree"
    return "worrying: there is very likely a bug in backpropagation"
