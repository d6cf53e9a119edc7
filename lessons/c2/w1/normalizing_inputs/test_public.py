"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X_TRAIN = np.array([[1.0, 2.0, 3.0, 6.0],
                    [10.0, 20.0, 30.0, 20.0]])
X_TEST = np.array([[4.0, 0.0],
                   [25.0, 15.0]])
MU = np.array([[3.0], [20.0]])
SIGMA2 = np.array([[3.5], [50.0]])


def test_compute_normalization_example():
    expect(sub.compute_normalization(X_TRAIN), (MU, SIGMA2), "compute_normalization(X_train)")


def test_normalize_inputs_training_set():
    expect(sub.normalize_inputs(X_TRAIN, MU, SIGMA2),
           np.array([[-1.06904497, -0.53452248, 0.0, 1.60356745],
                     [-1.41421356, 0.0, 1.41421356, 0.0]]),
           "normalize_inputs(X_train, mu, sigma2)")


def test_normalize_inputs_test_set():
    expect(sub.normalize_inputs(X_TEST, MU, SIGMA2),
           np.array([[0.53452248, -1.60356745],
                     [0.70710678, -0.70710678]]),
           "normalize_inputs(X_test, mu, sigma2)")
