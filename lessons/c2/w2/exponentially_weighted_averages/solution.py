"""Exponentially weighted averages: a running average that forgets the past gradually.

v_0 = 0 and v_t = beta * v_(t-1) + (1 - beta) * theta_t for t = 1, 2, ..., T.
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def exponentially_weighted_average(theta, beta):
    """The exponentially weighted average of a series, at every time step.

    Arguments:
    theta -- numpy array of shape (T,), the series theta_1 .. theta_T (e.g. daily temperatures)
    beta -- the averaging parameter, 0 <= beta < 1

    Returns:
    v -- numpy array of shape (T,), where v[t-1] holds v_t (v_0 = 0 is not included)
    """
    # YOUR CODE STARTS HERE
    # stub: v = None
    v = np.zeros(len(theta))
    v_prev = 0.0
    for t in range(len(theta)):
        v_prev = beta * v_prev + (1 - beta) * theta[t]
        v[t] = v_prev
    # YOUR CODE ENDS HERE
    return v


def ewa_weights(beta, t):
    """The weight each theta_i receives inside v_t, once the recursion is unrolled.

    v_t = (1 - beta) * (theta_t + beta * theta_(t-1) + beta^2 * theta_(t-2) + ... )

    Arguments:
    beta -- the averaging parameter, 0 <= beta < 1
    t -- the time step, a positive int

    Returns:
    weights -- numpy array of shape (t,), where weights[i-1] is the weight of theta_i in v_t
               (oldest first, newest last)
    """
    # YOUR CODE STARTS HERE
    # stub: weights = None
    i = np.arange(1, t + 1)
    weights = (1 - beta) * beta ** (t - i)
    # YOUR CODE ENDS HERE
    return weights
