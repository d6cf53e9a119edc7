"""Cleaning up incorrectly labeled data: decide whether wrong labels in the dev set matter,
and if you fix them, fix the dev and the test set the same way.

Labels use the course's layout: Y has shape (1, m), one column per example, with 0/1 labels.
Errors are fractions: 0.10 means 10% of the dev examples are misclassified.
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def label_error_breakdown(dev_error, mislabeled_count, num_examined):
    """Split the dev error into the part caused by wrong labels and the part caused by
    everything else.

    Arguments:
    dev_error -- the overall dev error, a float in [0, 1]
    mislabeled_count -- how many of the examined misclassified dev examples turned out to have
                        a wrong label (the model was right, the label was not)
    num_examined -- how many misclassified dev examples you examined

    Returns:
    breakdown -- the tuple (due_to_labels, due_to_other_causes), two floats adding up to
                 dev_error
    """
    # YOUR CODE STARTS HERE
    # stub: breakdown = None
    fraction = mislabeled_count / num_examined
    due_to_labels = dev_error * fraction
    breakdown = (due_to_labels, dev_error - due_to_labels)
    # YOUR CODE ENDS HERE
    return breakdown


def should_fix_labels(dev_error, mislabeled_count, num_examined, model_gap):
    """Are the wrong labels big enough to blur the choices you make with the dev set?

    The dev set exists to tell models apart. If the error caused by wrong labels is at least
    as big as the difference between the models you need to compare (model_gap), the dev set
    can no longer be trusted to rank them, and the labels are worth fixing.

    Arguments:
    dev_error, mislabeled_count, num_examined -- as in label_error_breakdown
    model_gap -- the smallest difference in dev error you need to resolve, a float

    Returns:
    fix -- True if the error due to wrong labels is >= model_gap, else False (a bool)
    """
    # YOUR CODE STARTS HERE
    # stub: fix = None
    due_to_labels, _ = label_error_breakdown(dev_error, mislabeled_count, num_examined)
    fix = bool(due_to_labels >= model_gap)
    # YOUR CODE ENDS HERE
    return fix


def fix_labels(Y_dev, Y_test, dev_flips, test_flips):
    """Correct the wrong labels of BOTH the dev and the test set, leaving the inputs intact.

    Arguments:
    Y_dev -- dev labels, numpy array of shape (1, m_dev) with values 0 or 1
    Y_test -- test labels, numpy array of shape (1, m_test) with values 0 or 1
    dev_flips -- a list of distinct column indices of Y_dev whose label is wrong
    test_flips -- a list of distinct column indices of Y_test whose label is wrong

    Returns:
    fixed -- the tuple (Y_dev_fixed, Y_test_fixed): NEW arrays, same shapes as the inputs,
             with the listed labels flipped (0 becomes 1 and 1 becomes 0)
    """
    # YOUR CODE STARTS HERE
    # stub: fixed = None
    Y_dev_fixed = np.copy(Y_dev)
    Y_dev_fixed[0, dev_flips] = 1 - Y_dev_fixed[0, dev_flips]
    Y_test_fixed = np.copy(Y_test)
    Y_test_fixed[0, test_flips] = 1 - Y_test_fixed[0, test_flips]
    fixed = (Y_dev_fixed, Y_test_fixed)
    # YOUR CODE ENDS HERE
    return fixed

