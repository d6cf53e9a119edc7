"""Landmark detection: targets made of (x, y) points and their squared-error loss.

A face with n landmarks has the label column
    y = [p_c, l1_x, l1_y, l2_x, l2_y, ..., ln_x, ln_y]^T        (shape (1 + 2n, 1))
with coordinates as fractions of the image width and height. A batch stacks m columns.
"""

import numpy as np


def normalize_landmarks(points, width, height):
    """Turn pixel coordinates into fractions of the image size.

    Arguments:
    points -- numpy array of shape (n, 2), one landmark (x, y) in pixels per row
    width -- int, image width in pixels (the x direction)
    height -- int, image height in pixels (the y direction)

    Returns:
    normalized -- numpy array of shape (n, 2): x / width and y / height (a new array)
    """
    # YOUR CODE STARTS HERE
    # stub: normalized = None
    normalized = points / np.array([width, height], dtype=float)
    # YOUR CODE ENDS HERE
    return normalized


def landmark_target(has_face, points):
    """Build the label column for one image.

    Arguments:
    has_face -- bool
    points -- numpy array of shape (n, 2) of normalised (x, y) landmarks (ignored with no face)

    Returns:
    y -- numpy array of shape (1 + 2n, 1): [p_c, l1_x, l1_y, l2_x, l2_y, ...]; with no face,
         all zeros ("don't care" after p_c = 0)
    """
    # YOUR CODE STARTS HERE
    # stub: y = None
    n = points.shape[0]
    y = np.zeros((1 + 2 * n, 1))
    if has_face:
        y[0, 0] = 1.0
        y[1:, 0] = points.reshape(-1)
    # YOUR CODE ENDS HERE
    return y


def landmark_loss(Y_hat, Y):
    """Squared-error loss averaged over the m examples.

    Per example: (y_hat_1 - y_1)^2, plus the squared errors of all 2n coordinates when the
    label says there is a face (y_1 = 1).

    Arguments:
    Y_hat -- numpy array of shape (1 + 2n, m), predictions
    Y -- numpy array of shape (1 + 2n, m), labels (columns are examples)

    Returns:
    loss -- a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    m = Y.shape[1]
    squared = (Y_hat - Y) ** 2
    face = Y[0, :] == 1
    per_example = squared[0, :] + face * np.sum(squared[1:, :], axis=0)
    loss = float(np.sum(per_example) / m)
    # YOUR CODE ENDS HERE
    return loss
