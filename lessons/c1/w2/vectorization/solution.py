"""Vectorization: let NumPy run the loop for you.

Each function below has a loop version in the explanation. Write the loop-free version between
the YOUR CODE markers: one NumPy call each, no `for`.
"""

import numpy as np


def vectorized_dot(x1, x2):
    """Dot product of two vectors of the same length, without a Python loop.

    Arguments:
    x1 -- a rank-1 numpy array of shape (n,)
    x2 -- a rank-1 numpy array of shape (n,)

    Returns:
    dot -- a single number: x1[0]*x2[0] + x1[1]*x2[1] + ... + x1[n-1]*x2[n-1]
    """
    # YOUR CODE STARTS HERE
    # stub: dot = None
    dot = np.dot(x1, x2)
    # YOUR CODE ENDS HERE
    return dot


def vectorized_outer(x1, x2):
    """Outer product of two vectors (their lengths may differ), without a Python loop.

    Arguments:
    x1 -- a rank-1 numpy array of shape (n1,)
    x2 -- a rank-1 numpy array of shape (n2,)

    Returns:
    outer -- a numpy array of shape (n1, n2) with outer[i, j] = x1[i] * x2[j]
    """
    # YOUR CODE STARTS HERE
    # stub: outer = None
    outer = np.outer(x1, x2)
    # YOUR CODE ENDS HERE
    return outer
