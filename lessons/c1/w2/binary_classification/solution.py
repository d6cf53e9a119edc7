"""Binary classification: turn a batch of images into X (n_x, m) and its labels into Y (1, m).

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def flatten_and_standardize(images):
    """Unroll every image into one column of X and scale the pixels into [0, 1].

    Arguments:
    images -- numpy array of shape (m, num_px, num_px, 3) with integer pixel values 0..255
              (any (m, height, width, channels) shape works the same way)

    Returns:
    X -- numpy array of floats, shape (num_px * num_px * 3, m): column j is image j,
         its pixels in the same order as images[j].reshape(-1), each divided by 255
    """
    # YOUR CODE STARTS HERE
    # stub: X = None
    m = images.shape[0]
    X = images.reshape(m, -1).T / 255
    # YOUR CODE ENDS HERE
    return X


def binary_labels(labels, positive_class):
    """Turn class numbers into the course's 0/1 label row vector.

    Arguments:
    labels -- numpy array of shape (m,) holding one class number per example
    positive_class -- the class number that counts as "yes" (label 1)

    Returns:
    Y -- numpy array of floats, shape (1, m): 1.0 where labels == positive_class, else 0.0
    """
    # YOUR CODE STARTS HERE
    # stub: Y = None
    Y = np.where(labels == positive_class, 1.0, 0.0).reshape(1, -1)
    # YOUR CODE ENDS HERE
    return Y
