"""Tuning process: try hyperparameter values at random instead of on a grid.

Write random_search_configs and distinct_values_per_axis between the YOUR CODE markers.
A set of configurations is a matrix with one ROW per hyperparameter and one COLUMN per trial,
just as a data set has one column per example.
"""

import numpy as np


def grid_search_configs(low, high, points_per_axis):
    """Grid search (given): every combination of evenly spaced values, one column per trial.

    Arguments:
    low -- lower bounds, numpy array of shape (n_h,), one per hyperparameter
    high -- upper bounds, numpy array of shape (n_h,)
    points_per_axis -- how many evenly spaced values to try for each hyperparameter

    Returns:
    configs -- numpy array of shape (n_h, points_per_axis ** n_h)
    """
    axes = [np.linspace(lo, hi, points_per_axis) for lo, hi in zip(low, high, strict=True)]
    mesh = np.meshgrid(*axes, indexing="ij")
    return np.stack([values.ravel() for values in mesh])


def random_search_configs(low, high, num_trials, seed=0):
    """Random search: num_trials configurations, each value drawn uniformly in [low, high).

    Draw all the random numbers at once, in this shape, from this generator:
        rng = np.random.default_rng(seed)
        u = rng.random((n_h, num_trials))        # uniform in [0, 1)
    then stretch and shift row i onto [low[i], high[i]).

    Arguments:
    low -- lower bounds, numpy array of shape (n_h,), one per hyperparameter
    high -- upper bounds, numpy array of shape (n_h,)
    num_trials -- how many configurations (columns) to draw
    seed -- seed of the random generator

    Returns:
    configs -- numpy array of shape (n_h, num_trials); configs[i, j] is the value of
               hyperparameter i in trial j
    """
    # YOUR CODE STARTS HERE
    # stub: configs = None
    n_h = low.shape[0]
    rng = np.random.default_rng(seed)
    u = rng.random((n_h, num_trials))
    configs = low.reshape(n_h, 1) + (high - low).reshape(n_h, 1) * u
    # YOUR CODE ENDS HERE
    return configs


def distinct_values_per_axis(configs):
    """How many different values of each hyperparameter a search actually tried.

    Arguments:
    configs -- numpy array of shape (n_h, num_trials), one row per hyperparameter

    Returns:
    counts -- numpy array of integers of shape (n_h,): counts[i] is the number of distinct
              values in row i of configs
    """
    # YOUR CODE STARTS HERE
    # stub: counts = None
    counts = np.array([np.unique(row).size for row in configs])
    # YOUR CODE ENDS HERE
    return counts
