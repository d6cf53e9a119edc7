"""Carrying out error analysis: before spending a month on an idea, spend an afternoon
counting how much it could possibly help.

Labels use the course's layout: Y and Y_pred have shape (1, m), one column per dev example.
Errors are fractions: 0.10 means 10% of the dev examples are misclassified.
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def sample_misclassified(Y, Y_pred, num_examples, seed=0):
    """Choose the dev examples to inspect by hand: a random sample of the misclassified ones.

    Find the column indices where the prediction differs from the label (in increasing
    order), then draw the sample exactly like this, so that it is reproducible:
        rng = np.random.default_rng(seed)
        chosen = rng.choice(wrong, size=k, replace=False)
    where wrong holds those indices and k = min(num_examples, number of misclassified).

    Arguments:
    Y -- true labels, numpy array of shape (1, m)
    Y_pred -- predicted labels, numpy array of shape (1, m)
    num_examples -- how many misclassified examples you want to look at, an int
    seed -- the seed of the random draw, an int

    Returns:
    indices -- 1-D numpy array of the chosen column indices, sorted in increasing order
    """
    # YOUR CODE STARTS HERE
    # stub: indices = None
    wrong = np.flatnonzero(Y_pred[0] != Y[0])
    k = min(num_examples, wrong.size)
    rng = np.random.default_rng(seed)
    chosen = rng.choice(wrong, size=k, replace=False)
    indices = np.sort(chosen)
    # YOUR CODE ENDS HERE
    return indices


def best_case_error(dev_error, category_count, num_examined):
    """The dev error left if one category of mistakes were fixed completely (the ceiling).

    Arguments:
    dev_error -- the current dev error, a float in [0, 1]
    category_count -- how many of the examined misclassified examples fall in the category
    num_examined -- how many misclassified examples you examined

    Returns:
    error -- the dev error if every mistake of that category disappeared, a float
    """
    # YOUR CODE STARTS HERE
    # stub: error = None
    fraction = category_count / num_examined
    error = dev_error * (1 - fraction)
    # YOUR CODE ENDS HERE
    return error


def worth_pursuing(dev_error, category_count, num_examined, min_gain):
    """Is fixing this category worth it? Only if, at best, it lowers the dev error by at
    least min_gain.

    Arguments:
    dev_error, category_count, num_examined -- as in best_case_error
    min_gain -- the smallest drop in dev error that would justify the work, a float
                (0.01 means one percentage point)

    Returns:
    worth -- True if dev_error - best_case_error(...) >= min_gain, else False (a bool)
    """
    # YOUR CODE STARTS HERE
    # stub: worth = None
    gain = dev_error - best_case_error(dev_error, category_count, num_examined)
    worth = bool(gain >= min_gain)
    # YOUR CODE ENDS HERE
    return worth
