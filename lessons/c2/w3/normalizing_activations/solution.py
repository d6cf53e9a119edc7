"""Normalizing activations in a network: batch norm for the Z of one layer.

Write batchnorm_forward and identity_gamma_beta between the YOUR CODE markers. Columns are
examples: Z has shape (n, m), one row per hidden unit, and every statistic is taken over the
m examples of the mini-batch (axis=1).
"""

import numpy as np


def batchnorm_forward(Z, gamma, beta, epsilon=1e-8):
    """Batch norm of a layer's pre-activations Z over the examples of a mini-batch.

    mu = (1/m) * sum over i of z(i)                    one mean per unit, shape (n, 1)
    var = (1/m) * sum over i of (z(i) - mu) ** 2       one variance per unit, shape (n, 1)
    Z_norm = (Z - mu) / sqrt(var + epsilon)            mean 0, variance 1 in every row
    Z_tilde = gamma * Z_norm + beta                    the mean and spread the network chose

    Arguments:
    Z -- pre-activations of one layer, numpy array of shape (n, m)
    gamma -- learnable scale, shape (n, 1)
    beta -- learnable shift, shape (n, 1)
    epsilon -- a tiny number added to the variance, so a constant unit does not divide by 0

    Returns:
    Z_tilde -- the normalized, scaled and shifted values, shape (n, m)
    cache -- a dictionary with the keys "Z_norm", "mu", "var", "gamma" and "epsilon"
             (what a backward pass would need)
    """
    # YOUR CODE STARTS HERE
    # stub: Z_tilde, cache = None, None
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_norm = (Z - mu) / np.sqrt(var + epsilon)
    Z_tilde = gamma * Z_norm + beta
    cache = {"Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "epsilon": epsilon}
    # YOUR CODE ENDS HERE
    return Z_tilde, cache


def identity_gamma_beta(Z, epsilon=1e-8):
    """The gamma and beta for which batch norm gives back Z unchanged.

    Batch norm can always undo itself: with these values, batchnorm_forward(Z, gamma, beta,
    epsilon) returns Z_tilde equal to Z.

    Arguments:
    Z -- pre-activations of one layer, numpy array of shape (n, m)
    epsilon -- the same epsilon batchnorm_forward will use

    Returns:
    gamma -- shape (n, 1)
    beta -- shape (n, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: gamma, beta = None, None
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    gamma = np.sqrt(var + epsilon)
    beta = mu
    # YOUR CODE ENDS HERE
    return gamma, beta
