"""Understanding human-level performance: which humans, and what the gaps then say.

"Human-level error" depends on which humans: a passer-by, a doctor, a team of experts. As a
proxy for the Bayes error (the best any model could do) use the best of them.

Several scenarios at once are stored as a table with one COLUMN per scenario:
    errors[0, j] -- human-level error (the Bayes proxy) of scenario j
    errors[1, j] -- training error of scenario j
    errors[2, j] -- dev error of scenario j
Errors are fractions: 0.005 means 0.5%. Write the four functions between the YOUR CODE markers.
"""

import numpy as np


def bayes_proxy(human_errors):
    """The human-level error to use as an estimate of the Bayes error.

    Bayes error is at most the lowest error that any group of people reaches, so the best
    (lowest) level is the closest estimate.

    Arguments:
    human_errors -- dict: who (e.g. "typical doctor") -> their error, a float

    Returns:
    proxy -- the lowest error in human_errors, a float
    """
    # YOUR CODE STARTS HERE
    # stub: proxy = None
    proxy = min(human_errors.values())
    # YOUR CODE ENDS HERE
    return proxy


def gap_table(errors):
    """Avoidable bias and variance for every scenario of a table.

    Arguments:
    errors -- numpy array of shape (3, k): rows are human-level, train and dev error

    Returns:
    gaps -- numpy array of shape (2, k):
            gaps[0, j] = avoidable bias = train - human of scenario j
            gaps[1, j] = variance       = dev - train   of scenario j
    """
    # YOUR CODE STARTS HERE
    # stub: gaps = None
    gaps = np.diff(errors, axis=0)
    # YOUR CODE ENDS HERE
    return gaps


def recommend(errors):
    """What to work on in each scenario: the bigger of its two gaps.

    "bias" when the avoidable bias is at least as big as the variance, else "variance".
    Use your gap_table.

    Arguments:
    errors -- numpy array of shape (3, k), as in gap_table

    Returns:
    advice -- a list of k strings, one per scenario (column), each "bias" or "variance"
    """
    # YOUR CODE STARTS HERE
    # stub: advice = None
    gaps = gap_table(errors)
    advice = ["bias" if gaps[0, j] >= gaps[1, j] else "variance" for j in range(gaps.shape[1])]
    # YOUR CODE ENDS HERE
    return advice


def choice_matters(human_errors, train_error, dev_error):
    """Does the advice change depending on which human level you call "human-level"?

    For each level h in human_errors, the advice is "bias" when train_error - h is at
    least dev_error - train_error, else "variance". Return True when the levels do not all
    give the same advice.

    Arguments:
    human_errors -- dict: who -> their error, a float
    train_error -- the training error, a float
    dev_error -- the dev error, a float

    Returns:
    matters -- a bool
    """
    # YOUR CODE STARTS HERE
    # stub: matters = None
    variance = dev_error - train_error
    advice = {"bias" if train_error - h >= variance else "variance"
              for h in human_errors.values()}
    matters = len(advice) > 1
    # YOUR CODE ENDS HERE
    return matters
