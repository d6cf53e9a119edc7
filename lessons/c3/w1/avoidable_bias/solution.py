"""Avoidable bias: compare the training error with human-level error, not with zero.

Human-level error stands in for the Bayes error, the lowest error any model could reach.
    avoidable bias = train_error - human_error   (how much better the fit to training could be)
    variance       = dev_error - train_error     (how much worse the model does on new data)
Errors are fractions: 0.08 means 8%. Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def bias_and_variance(human_error, train_error, dev_error):
    """The two gaps that decide what to work on.

    Arguments:
    human_error -- human-level error, the proxy for Bayes error, a float
    train_error -- the training set error, a float
    dev_error -- the dev set error, a float

    Returns:
    (avoidable_bias, variance) -- a tuple of two floats
    """
    # YOUR CODE STARTS HERE
    # stub: avoidable_bias, variance = None, None
    avoidable_bias = train_error - human_error
    variance = dev_error - train_error
    # YOUR CODE ENDS HERE
    return avoidable_bias, variance


def focus(human_error, train_error, dev_error):
    """Which problem to work on first: the bigger of the two gaps.

    Return "bias" when the avoidable bias is at least as big as the variance (a tie goes to
    bias: fix the fit to the training set first), and "variance" otherwise.

    Arguments:
    human_error, train_error, dev_error -- floats, as in bias_and_variance

    Returns:
    problem -- "bias" or "variance"
    """
    # YOUR CODE STARTS HERE
    # stub: problem = None
    avoidable_bias, variance = bias_and_variance(human_error, train_error, dev_error)
    problem = "bias" if avoidable_bias >= variance else "variance"
    # YOUR CODE ENDS HERE
    return problem


def first_variance_step(human_error, train_errors, dev_errors):
    """Growing a model step by step: when does variance become the bigger problem?

    train_errors[t] and dev_errors[t] are the errors of the t-th (bigger and bigger) model.
    Return the first t at which the variance is STRICTLY bigger than the avoidable bias:
    from there on, more capacity is not what the model needs.

    Arguments:
    human_error -- human-level error, a float
    train_errors -- numpy array of shape (T,)
    dev_errors -- numpy array of shape (T,)

    Returns:
    t -- the first such index, an int, or None if the variance never takes over
    """
    # YOUR CODE STARTS HERE
    # stub: t = None
    avoidable_bias = train_errors - human_error
    variance = dev_errors - train_errors
    steps = np.flatnonzero(variance > avoidable_bias)
    t = int(steps[0]) if steps.size else None
    # YOUR CODE ENDS HERE
    return t
