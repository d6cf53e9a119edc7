"""Softmax regression: turn C scores per example into C probabilities, then pick a class.

Write softmax and predict between the YOUR CODE markers. Columns are examples: Z has shape
(C, m), one row per class and one column per example.
"""

import numpy as np


def softmax(Z):
    """The softmax of every column of Z, computed without overflow.

    Arguments:
    Z -- scores (logits), numpy array of shape (C, m): column j holds the C scores of example j

    Returns:
    A -- numpy array of shape (C, m): every column is positive and sums to 1,
         A[k, j] = e^(Z[k, j]) / (sum over classes c of e^(Z[c, j]))
    Subtract each column's largest score before np.exp: the result is the same and e^z can no
    longer overflow. Do not modify Z.
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    t = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    A = t / np.sum(t, axis=0, keepdims=True)
    # YOUR CODE ENDS HERE
    return A


def predict(W, b, X):
    """Classify every example with a softmax regression model.

    Arguments:
    W -- weights, numpy array of shape (C, n_x): one row per class
    b -- biases, numpy array of shape (C, 1)
    X -- inputs, numpy array of shape (n_x, m): one column per example

    Returns:
    predictions -- numpy array of shape (1, m) holding, for each example, the index (0 .. C-1)
                   of the class with the highest probability softmax(W X + b)
    """
    # YOUR CODE STARTS HERE
    # stub: predictions = None
    A = softmax(np.dot(W, X) + b)
    predictions = np.argmax(A, axis=0).reshape(1, -1)
    # YOUR CODE ENDS HERE
    return predictions
