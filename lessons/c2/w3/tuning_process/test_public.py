"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

LOW = np.array([0.0, 10.0])
HIGH = np.array([1.0, 50.0])


def test_random_search_configs_example():
    expect(sub.random_search_configs(LOW.copy(), HIGH.copy(), 4, seed=0),
           np.array([[0.63696169, 0.26978671, 0.04097352, 0.01652764],
                     [42.53080957, 46.51022309, 34.26543103, 39.17986244]]),
           "random_search_configs(low, high, 4, seed=0)")


def test_distinct_values_per_axis_grid():
    grid = np.array([[0.0, 0.0, 0.0, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0],
                     [10.0, 30.0, 50.0, 10.0, 30.0, 50.0, 10.0, 30.0, 50.0]])
    expect(sub.distinct_values_per_axis(grid), np.array([3, 3]),
           "distinct_values_per_axis(9-point grid)")


def test_distinct_values_per_axis_random():
    configs = np.array([[0.5118, 0.9505, 0.1442, 0.9486, 0.3118, 0.4233, 0.8277, 0.4092, 0.5496],
                        [11.1024, 40.1405, 31.5257, 23.1893, 41.5371, 22.1278, 28.1399, 15.3617,
                         26.1245]])
    expect(sub.distinct_values_per_axis(configs), np.array([9, 9]),
           "distinct_values_per_axis(9 random trials)")
