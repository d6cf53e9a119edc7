"""Bias correction: undo the cold start of an exponentially weighted average that begins at 0.

v_0 = 0, v_t = beta * v_(t-1) + (1 - beta) * theta_t, and the corrected estimate is
v_t / (1 - beta^t), with t counted from 1. Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def bias_correct(v_t, beta, t):
    """Bias-corrected value of an exponentially weighted average at time step t.

    Arguments:
    v_t -- the (uncorrected) average at step t, a number or a numpy array
    beta -- the averaging parameter, 0 <= beta < 1
    t -- the time step, counted from 1 (a positive int)

    Returns:
    v_hat -- v_t / (1 - beta^t), same type and shape as v_t
    """
    # YOUR CODE STARTS HERE
    # stub: v_hat = None
    v_hat = v_t / (1 - beta ** t)
    # YOUR CODE ENDS HERE
    return v_hat


def bias_corrected_average(theta, beta):
    """The bias-corrected exponentially weighted average of a series, at every step.

    Run the usual recursion from v_0 = 0 (the recursion itself is NOT corrected), and report
    bias_correct(v_t, beta, t) for t = 1 .. T.

    Arguments:
    theta -- numpy array of shape (T,), the series theta_1 .. theta_T
    beta -- the averaging parameter, 0 <= beta < 1

    Returns:
    v_hat -- numpy array of shape (T,), where v_hat[t-1] holds the corrected v_t
    """
    # YOUR CODE STARTS HERE
    # stub: v_hat = None
    v_hat = np.zeros(len(theta))
    v = 0.0
    for t in range(1, len(theta) + 1):
        v = beta * v + (1 - beta) * theta[t - 1]
        v_hat[t - 1] = bias_correct(v, beta, t)
    # YOUR CODE ENDS HERE
    return v_hat
