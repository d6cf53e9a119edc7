"""Using an appropriate scale to pick hyperparameters: sample on a log scale.

Write sample_log_uniform and sample_momentum_betas between the YOUR CODE markers.
"""

import numpy as np


def sample_log_uniform(low, high, num_samples, seed=0):
    """Random values between low and high, spread uniformly on a LOG scale.

    Every power of ten between low and high receives the same share of the samples. Draw the
    random numbers from this generator, in this shape:
        rng = np.random.default_rng(seed)
        u = rng.random(num_samples)              # uniform in [0, 1)
    then r = a + (b - a) * u with a = log10(low) and b = log10(high), and the value is 10 ** r.

    Arguments:
    low -- the smallest value, a positive number (for example 1e-4)
    high -- the largest value, a positive number larger than low (for example 1)
    num_samples -- how many values to draw
    seed -- seed of the random generator

    Returns:
    values -- numpy array of shape (num_samples,)
    """
    # YOUR CODE STARTS HERE
    # stub: values = None
    rng = np.random.default_rng(seed)
    u = rng.random(num_samples)
    a, b = np.log10(low), np.log10(high)
    r = a + (b - a) * u
    values = 10 ** r
    # YOUR CODE ENDS HERE
    return values


def sample_momentum_betas(low, high, num_samples, seed=0):
    """Random momentum terms beta between low and high, with 1 - beta on a log scale.

    1 - beta lies between 1 - high and 1 - low: sample it with sample_log_uniform (lower bound
    1 - high, upper bound 1 - low, the same num_samples and seed), then turn it back into beta.

    Arguments:
    low -- the smallest beta, for example 0.9
    high -- the largest beta, below 1, for example 0.999
    num_samples -- how many values to draw
    seed -- seed of the random generator

    Returns:
    betas -- numpy array of shape (num_samples,)
    """
    # YOUR CODE STARTS HERE
    # stub: betas = None
    one_minus_beta = sample_log_uniform(1 - high, 1 - low, num_samples, seed)
    betas = 1 - one_minus_beta
    # YOUR CODE ENDS HERE
    return betas
