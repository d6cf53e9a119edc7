"""Face verification as binary classification: logistic regression on a pair of encodings.

Encodings are stacked one per ROW: F1 and F2 are (m, n) arrays and pair i is (F1[i], F2[i]).
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z (given, not graded)."""
    return 1 / (1 + np.exp(-z))


def pair_features(F1, F2, kind="abs", eps=1e-8):
    """Features of each pair that do not care which image came first.

    Arguments:
    F1, F2 -- encodings, numpy arrays of shape (m, n)
    kind -- "abs" for |f1 - f2|, "chi2" for (f1 - f2)^2 / (f1 + f2 + eps)
    eps -- keeps the chi-square denominator away from zero

    Returns:
    features -- numpy array of shape (m, n)
    """
    # YOUR CODE STARTS HERE
    # stub: features = None
    if kind == "abs":
        features = np.abs(F1 - F2)
    elif kind == "chi2":
        features = (F1 - F2) ** 2 / (F1 + F2 + eps)
    else:
        raise ValueError(f"unknown kind {kind!r}")
    # YOUR CODE ENDS HERE
    return features


def verification_probability(F1, F2, w, b, kind="abs"):
    """Probability that each pair shows the same person: sigmoid(features . w + b).

    Arguments:
    F1, F2 -- encodings, numpy arrays of shape (m, n)
    w -- logistic regression weights, numpy array of shape (n,)
    b -- bias, a float
    kind -- which pair_features to use

    Returns:
    y_hat -- numpy array of shape (m,), each entry in (0, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: y_hat = None
    features = pair_features(F1, F2, kind)
    y_hat = sigmoid(features @ w + b)
    # YOUR CODE ENDS HERE
    return y_hat
