"""Explanation for the vectorized implementation: what W X + b really does.

Rebuild the two halves of Z = W X + b by hand, so you can see why the vectorized formula is
right. Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def product_by_columns(W, X):
    """W X built one column at a time: column i of the result is W times column i of X.

    Arguments:
    W -- weights, shape (n, n_prev)
    X -- examples as columns, shape (n_prev, m)

    Returns:
    WX -- shape (n, m); column i is np.dot(W, x(i)) for the example x(i) = column i of X
    """
    n, m = W.shape[0], X.shape[1]
    WX = np.zeros((n, m))
    # YOUR CODE STARTS HERE
    for i in range(m):
        WX[:, i:i + 1] = np.dot(W, X[:, i:i + 1])
    # YOUR CODE ENDS HERE
    return WX


def bias_columns(b, m):
    """The (n, m) matrix that broadcasting adds when you write W X + b: b copied into every column.

    Arguments:
    b -- biases, a column of shape (n, 1)
    m -- the number of examples

    Returns:
    B -- shape (n, m); every column equals b
    """
    # YOUR CODE STARTS HERE
    # stub: B = None
    B = np.dot(b, np.ones((1, m)))
    # YOUR CODE ENDS HERE
    return B
