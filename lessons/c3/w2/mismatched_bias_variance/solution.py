"""Bias and variance with mismatched data distributions: a training-dev set separates the
variance of the model from the mismatch between the training data and the target data.

Data uses the course's layout: one example per COLUMN, X has shape (n_x, m), Y has (1, m).
Errors are fractions: 0.10 means 10% of the examples are misclassified.
Write the three functions between the YOUR CODE markers.
"""

import numpy as np

GAP_NAMES = ["avoidable_bias", "variance", "data_mismatch"]


def carve_train_dev(X_train, Y_train, m_train_dev, seed=0):
    """Set aside a training-dev set: examples from the training distribution that the model
    is NOT trained on.

    Shuffle the training columns with one permutation drawn exactly like this:
        rng = np.random.default_rng(seed)
        permutation = rng.permutation(m)
    The first m_train_dev shuffled columns are the training-dev set; the others stay in the
    training set. Labels move with their examples.

    Arguments:
    X_train -- training data, numpy array of shape (n_x, m)
    Y_train -- training labels, numpy array of shape (1, m)
    m_train_dev -- how many examples to set aside, an int
    seed -- the seed of the shuffle, an int

    Returns:
    carved -- the tuple (X_rest, Y_rest, X_train_dev, Y_train_dev)
    """
    # YOUR CODE STARTS HERE
    # stub: carved = None
    m = X_train.shape[1]
    rng = np.random.default_rng(seed)
    permutation = rng.permutation(m)
    held_out, kept = permutation[:m_train_dev], permutation[m_train_dev:]
    carved = (X_train[:, kept], Y_train[:, kept], X_train[:, held_out], Y_train[:, held_out])
    # YOUR CODE ENDS HERE
    return carved


def mismatch_gaps(human_error, train_error, train_dev_error, dev_error, test_error=None):
    """The gaps between consecutive errors, each one naming a different problem.

    Arguments:
    human_error -- human-level error, the stand-in for the Bayes error, a float
    train_error -- error on the training set, a float
    train_dev_error -- error on the training-dev set, a float
    dev_error -- error on the dev set, a float
    test_error -- error on the test set, a float, or None if you have not measured it

    Returns:
    gaps -- a dict with the keys
            "avoidable_bias"  = train_error - human_error
            "variance"        = train_dev_error - train_error
            "data_mismatch"   = dev_error - train_dev_error
            and, only when test_error is not None,
            "dev_overfitting" = test_error - dev_error
    """
    # YOUR CODE STARTS HERE
    # stub: gaps = None
    gaps = {
        "avoidable_bias": train_error - human_error,
        "variance": train_dev_error - train_error,
        "data_mismatch": dev_error - train_dev_error,
    }
    if test_error is not None:
        gaps["dev_overfitting"] = test_error - dev_error
    # YOUR CODE ENDS HERE
    return gaps


def rank_problems(human_error, train_error, train_dev_error, dev_error, threshold=0.02):
    """The problems worth working on, the biggest first.

    A problem is one of GAP_NAMES whose gap is strictly greater than threshold. Problems with
    equal gaps keep the order of GAP_NAMES.

    Arguments:
    human_error, train_error, train_dev_error, dev_error -- as in mismatch_gaps
    threshold -- the largest gap that is still acceptable, a float

    Returns:
    problems -- a list of names from GAP_NAMES, biggest gap first (empty if none is too big)
    """
    # YOUR CODE STARTS HERE
    # stub: problems = None
    gaps = mismatch_gaps(human_error, train_error, train_dev_error, dev_error)
    too_big = [name for name in GAP_NAMES if gaps[name] > threshold]
    problems = sorted(too_big, key=lambda name: -gaps[name])
    # YOUR CODE ENDS HERE
    return problems
