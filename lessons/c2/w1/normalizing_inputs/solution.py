"""Normalizing inputs: centre and scale every feature with the TRAINING set's statistics.

Write compute_normalization and normalize_inputs between the YOUR CODE markers. Columns are
examples: X has shape (n_x, m), one row per feature.
"""

import numpy as np


def compute_normalization(X_train):
    """The mean and the variance of every feature, over the training examples.

    Arguments:
    X_train -- training inputs, numpy array of shape (n_x, m)

    Returns:
    mu -- the mean of each feature, shape (n_x, 1): mu = (1/m) * sum over i of x(i)
    sigma2 -- the variance of each feature, shape (n_x, 1):
              sigma2 = (1/m) * sum over i of (x(i) - mu) ** 2
    """
    # YOUR CODE STARTS HERE
    # stub: mu, sigma2 = None, None
    mu = np.mean(X_train, axis=1, keepdims=True)
    sigma2 = np.mean((X_train - mu) ** 2, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    return mu, sigma2


def normalize_inputs(X, mu, sigma2, epsilon=1e-8):
    """Normalize a set of inputs with statistics computed on the training set.

    Use the mu and sigma2 you are given, whichever set X is (training, dev or test), and do
    not modify X itself.

    Arguments:
    X -- inputs to normalize, numpy array of shape (n_x, m) (any number m of examples)
    mu -- the training set's feature means, shape (n_x, 1)
    sigma2 -- the training set's feature variances, shape (n_x, 1)
    epsilon -- a tiny number added to the variance, so a constant feature does not divide by 0

    Returns:
    X_norm -- (X - mu) / sqrt(sigma2 + epsilon), shape (n_x, m)
    """
    # YOUR CODE STARTS HERE
    # stub: X_norm = None
    X_norm = (X - mu) / np.sqrt(sigma2 + epsilon)
    # YOUR CODE ENDS HERE
    return X_norm
