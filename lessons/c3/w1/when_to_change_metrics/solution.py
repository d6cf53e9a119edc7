"""When to change dev/test sets and metrics: a metric that counts some mistakes more.

A cat classifier is scored on a dev set. Every array here has shape (1, m), one column per
dev image:
    y           -- the true labels (1 = cat, 0 = not a cat)
    y_hat       -- an algorithm's predictions (0 or 1)
    weights     -- how much a mistake on each image costs (1 for an ordinary image)
    unacceptable -- True for the images that must never be shown to a user as a cat
Errors are fractions: 0.08 means 8%. Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def weighted_error(y_hat, y, weights):
    """The weighted classification error of one algorithm on the dev set.

        error = (1 / sum_i w(i)) * sum_i w(i) * 1{y_hat(i) != y(i)}

    Each mistake counts with its image's weight; dividing by the total weight (not by m)
    keeps the error between 0 (no mistakes) and 1 (every image wrong).

    Arguments:
    y_hat -- predictions, numpy array of shape (1, m)
    y -- true labels, numpy array of shape (1, m)
    weights -- positive weights, numpy array of shape (1, m)

    Returns:
    error -- the weighted error, a float
    """
    # YOUR CODE STARTS HERE
    # stub: error = None
    mistakes = (y_hat != y)
    error = float(np.sum(weights * mistakes) / np.sum(weights))
    # YOUR CODE ENDS HERE
    return error


def best_algorithm(predictions, y, weights):
    """The algorithm that the weighted metric prefers: the one with the LOWEST error.

    Use your weighted_error. When two algorithms tie, keep the one listed first.

    Arguments:
    predictions -- dict: algorithm name -> its predictions, numpy array of shape (1, m)
    y -- true labels, numpy array of shape (1, m)
    weights -- numpy array of shape (1, m)

    Returns:
    best -- the name of the winning algorithm, a str
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best, best_error = None, None
    for name, y_hat in predictions.items():
        error = weighted_error(y_hat, y, weights)
        if best_error is None or error < best_error:
            best, best_error = name, error
    # YOUR CODE ENDS HERE
    return best


def flip_penalty(y_hat_a, y_hat_b, y, unacceptable, max_penalty=100):
    """How heavily unacceptable mistakes must weigh before the metric prefers B to A.

    For penalty = 1, 2, ..., max_penalty, give every unacceptable image the weight
    `penalty` and every other image the weight 1, and compare the weighted errors.
    Return the first penalty for which B's error is STRICTLY lower than A's.

    Arguments:
    y_hat_a, y_hat_b -- predictions of algorithms A and B, numpy arrays of shape (1, m)
    y -- true labels, numpy array of shape (1, m)
    unacceptable -- booleans, numpy array of shape (1, m)
    max_penalty -- the largest penalty to try, an int

    Returns:
    penalty -- the smallest such penalty, an int, or None if no penalty up to max_penalty works
    """
    # YOUR CODE STARTS HERE
    # stub: penalty = None
    penalty = None
    for p in range(1, max_penalty + 1):
        weights = np.where(unacceptable, p, 1)
        if weighted_error(y_hat_b, y, weights) < weighted_error(y_hat_a, y, weights):
            penalty = p
            break
    # YOUR CODE ENDS HERE
    return penalty
