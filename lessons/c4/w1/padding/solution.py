"""Padding: a border of zeros so convolutions stop shrinking the picture.

Course 4 layout: the batch axis comes first. X has shape (m, n_H, n_W, n_C).
Write zero_pad and same_padding between the YOUR CODE markers.
"""

import numpy as np


def zero_pad(X, pad):
    """Surround every image of the batch with pad rows/columns of zeros on each side.

    Only the height and width axes grow; the batch axis (m) and the channels (n_C) are left
    alone.

    Arguments:
    X -- numpy array of shape (m, n_H, n_W, n_C): a batch of m images
    pad -- integer, the amount of padding on each side of the height and width

    Returns:
    X_pad -- numpy array of shape (m, n_H + 2 * pad, n_W + 2 * pad, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: X_pad = None
    X_pad = np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode="constant",
                   constant_values=0)
    # YOUR CODE ENDS HERE
    return X_pad


def same_padding(f):
    """The padding p that keeps the output as big as the input, for an f x f filter, stride 1.

    Solving n + 2p - f + 1 = n gives p = (f - 1) / 2, a whole number only when f is odd.
    For an even f, raise a ValueError.

    Arguments:
    f -- the filter size, a positive integer

    Returns:
    p -- the padding, an int
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    if f % 2 == 0:
        raise ValueError(f"'same' padding needs an odd filter size, got f = {f}")
    p = (f - 1) // 2
    # YOUR CODE ENDS HERE
    return p
