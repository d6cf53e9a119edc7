"""Batch norm at test time: running averages of the mini-batch statistics, then one example.

Write update_running_stats and batchnorm_inference between the YOUR CODE markers. Columns are
examples: Z of one layer has shape (n, m), one row per hidden unit.
"""

import numpy as np


def update_running_stats(running_mu, running_var, Z, momentum=0.9):
    """Fold one mini-batch's mean and variance into the running (exponentially weighted) averages.

    Arguments:
    running_mu -- the running mean of each unit so far, shape (n, 1)
    running_var -- the running variance of each unit so far, shape (n, 1)
    Z -- the pre-activations of one mini-batch, shape (n, m): one column per example
    momentum -- how much of the old average to keep (the course's beta of an exponentially
                weighted average); the new mini-batch gets weight 1 - momentum

    Returns:
    running_mu -- momentum * running_mu + (1 - momentum) * mu, shape (n, 1)
    running_var -- momentum * running_var + (1 - momentum) * sigma2, shape (n, 1)
    where mu and sigma2 = (1/m) * sum over i of (z(i) - mu) ** 2 are this mini-batch's
    statistics. Return new arrays: do not modify the ones you are given.
    """
    # YOUR CODE STARTS HERE
    # stub: running_mu, running_var = None, None
    mu = np.mean(Z, axis=1, keepdims=True)
    sigma2 = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    running_mu = momentum * running_mu + (1 - momentum) * mu
    running_var = momentum * running_var + (1 - momentum) * sigma2
    # YOUR CODE ENDS HERE
    return running_mu, running_var


def batchnorm_inference(z, running_mu, running_var, gamma, beta, epsilon=1e-8):
    """Batch-normalize examples at test time, with the statistics collected during training.

    Arguments:
    z -- pre-activations to normalize, shape (n, m); often a single example, (n, 1)
    running_mu -- the running mean collected during training, shape (n, 1)
    running_var -- the running variance collected during training, shape (n, 1)
    gamma -- the learned scale of each unit, shape (n, 1)
    beta -- the learned shift of each unit, shape (n, 1)
    epsilon -- a tiny number added to the variance, so a unit that never varied does not
               divide by 0

    Returns:
    z_tilde -- gamma * (z - running_mu) / sqrt(running_var + epsilon) + beta, shape (n, m)
    """
    # YOUR CODE STARTS HERE
    # stub: z_tilde = None
    z_norm = (z - running_mu) / np.sqrt(running_var + epsilon)
    z_tilde = gamma * z_norm + beta
    # YOUR CODE ENDS HERE
    return z_tilde
