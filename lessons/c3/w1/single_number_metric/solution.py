"""Single number evaluation metric: turn several numbers into one you can rank by.

Predictions and labels follow the course's layout: one example per COLUMN, so Y and Y_hat
are numpy arrays of shape (1, m) holding 0s and 1s. Write the four functions between the
YOUR CODE markers.
"""

import numpy as np


def precision_recall(Y_hat, Y):
    """Precision and recall of a binary classifier.

    precision = true positives / examples PREDICTED positive
    recall    = true positives / examples that ARE positive
    A true positive is an example with Y_hat == 1 and Y == 1. When a denominator is 0 (the
    classifier predicts no positives, or there are no positives at all), that value is 0.0.

    Arguments:
    Y_hat -- predictions, numpy array of shape (1, m) with values 0 or 1
    Y -- true labels, numpy array of shape (1, m) with values 0 or 1

    Returns:
    scores -- a tuple (precision, recall) of Python floats
    """
    # YOUR CODE STARTS HERE
    # stub: scores = None
    true_positives = np.sum((Y_hat == 1) & (Y == 1))
    predicted_positives = np.sum(Y_hat == 1)
    actual_positives = np.sum(Y == 1)
    precision = float(true_positives / predicted_positives) if predicted_positives > 0 else 0.0
    recall = float(true_positives / actual_positives) if actual_positives > 0 else 0.0
    scores = (precision, recall)
    # YOUR CODE ENDS HERE
    return scores


def f1_score(precision, recall):
    """The F1 score: the harmonic mean of precision and recall.

    F1 = 2 / (1/precision + 1/recall) = 2 * precision * recall / (precision + recall),
    and 0.0 when precision + recall is 0.

    Arguments:
    precision, recall -- numbers between 0 and 1

    Returns:
    f1 -- a float between 0 and 1
    """
    # YOUR CODE STARTS HERE
    # stub: f1 = None
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    # YOUR CODE ENDS HERE
    return f1


def best_by_f1(Y_hats, Y):
    """The classifier with the highest F1 score on the dev set.

    Use your precision_recall and f1_score. When several classifiers share the best score,
    return the first of them.

    Arguments:
    Y_hats -- a list of prediction arrays, one per classifier, each of shape (1, m)
    Y -- the dev set labels, shape (1, m)

    Returns:
    best -- the index (an int) of the best classifier in Y_hats
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    scores = [f1_score(*precision_recall(Y_hat, Y)) for Y_hat in Y_hats]
    best = int(np.argmax(scores))
    # YOUR CODE ENDS HERE
    return best


def best_by_average_error(errors):
    """The classifier with the lowest error averaged over all regions.

    Arguments:
    errors -- numpy array of shape (n_classifiers, n_regions): errors[i, j] is the error of
              classifier i on the users of region j

    Returns:
    best -- the index (an int) of the row with the lowest mean; the first one on a tie
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best = int(np.argmin(np.mean(errors, axis=1)))
    # YOUR CODE ENDS HERE
    return best
