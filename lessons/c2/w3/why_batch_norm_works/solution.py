"""Why does batch norm work? Measure covariate shift, and the noise of mini-batch statistics.

Write covariate_shift and minibatch_mean_noise between the YOUR CODE markers. Columns are
examples: a layer's values have shape (n, m), one row per unit.
"""

import numpy as np


def batchnorm(Z, gamma, beta, epsilon=1e-8):
    """Batch norm over the examples (given), to try on your measurements.

    Returns gamma * (Z - mu) / sqrt(var + epsilon) + beta, with mu and var per row.
    """
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    return gamma * (Z - mu) / np.sqrt(var + epsilon) + beta


def covariate_shift(A_old, A_new):
    """How much the distribution of each unit moved between two snapshots of a layer.

    For every unit (row), with the mean and the standard deviation taken over the examples
    (population standard deviation: divide by the number of examples, not by that number - 1):
        mean_shift = mean(A_new) - mean(A_old)
        std_ratio  = std(A_new) / std(A_old)
    No shift at all gives mean_shift 0 and std_ratio 1.

    Arguments:
    A_old -- a layer's values before some change, shape (n, m_old)
    A_new -- the same layer's values after it, shape (n, m_new); m_new may differ from m_old

    Returns:
    mean_shift -- shape (n, 1)
    std_ratio -- shape (n, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: mean_shift, std_ratio = None, None
    mean_shift = np.mean(A_new, axis=1, keepdims=True) - np.mean(A_old, axis=1, keepdims=True)
    std_ratio = np.std(A_new, axis=1, keepdims=True) / np.std(A_old, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    return mean_shift, std_ratio


def minibatch_mean_noise(Z, mini_batch_size):
    """How much a unit's mini-batch mean wobbles from one mini-batch to the next.

    Cut the m columns of Z into consecutive mini-batches of mini_batch_size columns
    (columns 0 .. size-1, then size .. 2*size-1, ...); leftover columns that do not fill a
    whole mini-batch are ignored. Take the mean of every unit in every mini-batch, then the
    (population) standard deviation of those means across the mini-batches.

    Arguments:
    Z -- a layer's values, shape (n, m)
    mini_batch_size -- the number of examples in a mini-batch

    Returns:
    noise -- shape (n, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: noise = None
    n, m = Z.shape
    num_batches = m // mini_batch_size
    batches = Z[:, :num_batches * mini_batch_size].reshape(n, num_batches, mini_batch_size)
    means = np.mean(batches, axis=2)
    noise = np.std(means, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    return noise
