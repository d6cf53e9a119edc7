"""GloVe: count co-occurrences once, then fit theta_i^T e_j + b_i + b'_j to log X_ij.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def cooccurrence_matrix(indices, vocab_size, window):
    """X[i, j] = how many times word j occurs within `window` words of an occurrence of word i.

    Arguments:
    indices -- list of the text's word positions in the vocabulary, in reading order
    vocab_size -- the number of words in the vocabulary
    window -- how far to the left and to the right counts as "near"

    Returns:
    X -- numpy array of shape (vocab_size, vocab_size) of counts (floats)
    """
    # YOUR CODE STARTS HERE
    # stub: X = None
    X = np.zeros((vocab_size, vocab_size))
    T = len(indices)
    for c in range(T):
        for t in range(max(0, c - window), min(T, c + window + 1)):
            if t != c:
                X[indices[c], indices[t]] += 1
    # YOUR CODE ENDS HERE
    return X


def glove_weight(X, x_max=100, alpha=0.75):
    """The weighting function f: (x / x_max)^alpha below x_max, 1 from x_max on, so f(0) = 0.

    Arguments:
    X -- numpy array of co-occurrence counts (any shape)
    x_max -- the count from which a pair gets the full weight 1
    alpha -- the power applied below x_max

    Returns:
    f -- numpy array of the same shape as X
    """
    # YOUR CODE STARTS HERE
    # stub: f = None
    f = np.minimum(np.power(X / x_max, alpha), 1.0)
    # YOUR CODE ENDS HERE
    return f


def glove_loss(theta, e, b, b_prime, X):
    """The GloVe objective: sum over i, j of f(X_ij) (theta_i^T e_j + b_i + b'_j - log X_ij)^2.

    Pairs with X_ij = 0 contribute nothing (f(0) = 0), and log 0 must never enter the sum.

    Arguments:
    theta -- numpy array of shape (n_e, vocab_size): column i is theta_i
    e -- numpy array of shape (n_e, vocab_size): column j is e_j
    b -- numpy array of shape (vocab_size,): b[i] goes with theta_i
    b_prime -- numpy array of shape (vocab_size,): b_prime[j] goes with e_j
    X -- numpy array of shape (vocab_size, vocab_size) of co-occurrence counts

    Returns:
    loss -- a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    scores = np.dot(theta.T, e) + b[:, None] + b_prime[None, :]
    seen = X > 0
    residual = scores[seen] - np.log(X[seen])
    loss = float(np.sum(glove_weight(X[seen]) * residual ** 2))
    # YOUR CODE ENDS HERE
    return loss
