"""Hidden tests: features on very different scales, non-square shapes, other seeds."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def features(seed, n_x, m):
    """n_x features with their own offsets and wildly different scales, one column per example."""
    rng = np.random.default_rng(seed)
    offsets = rng.uniform(-50, 50, size=(n_x, 1))
    scales = 10.0 ** rng.uniform(-2, 3, size=(n_x, 1))
    return offsets + scales * rng.normal(size=(n_x, m))


@pytest.mark.parametrize("seed, n_x, m", [(1, 3, 7), (2, 5, 40), (3, 2, 3), (4, 6, 11)])
def test_compute_normalization_random(seed, n_x, m):
    """Average over the EXAMPLES (axis=1, the columns) with keepdims, and divide by m, not m-1."""
    X = features(seed, n_x, m)
    mu = X.mean(axis=1).reshape(n_x, 1)
    sigma2 = ((X - mu) ** 2).sum(axis=1).reshape(n_x, 1) / m
    expect(sub.compute_normalization(X), (mu, sigma2), f"compute_normalization(X of shape {X.shape})")


def test_compute_normalization_is_the_variance_not_the_std():
    """sigma2 is the VARIANCE: the mean squared distance from mu, with no square root."""
    X = np.array([[0.0, 4.0, 8.0], [100.0, 100.0, 106.0], [-3.0, 3.0, 0.0]])
    expected = (np.array([[4.0], [102.0], [0.0]]), np.array([[32 / 3], [8.0], [6.0]]))
    expect(sub.compute_normalization(X), expected, "compute_normalization(X)")


def test_compute_normalization_leaves_x_alone():
    """Compute the statistics without modifying X_train."""
    X = features(8, 4, 9)
    before = X.copy()
    sub.compute_normalization(X)
    expect(X, before, "X_train after compute_normalization")


@pytest.mark.parametrize("seed, n_x, m_train, m_test", [(5, 4, 30, 6), (6, 3, 12, 1),
                                                        (7, 7, 25, 9)])
def test_normalize_inputs_with_training_statistics(seed, n_x, m_train, m_test):
    """Use the mu and sigma2 you are GIVEN (the training set's), not the statistics of X itself."""
    X_train, X_test = features(seed, n_x, m_train), features(seed + 100, n_x, m_test)
    mu, sigma2 = reference().compute_normalization(X_train)
    expected = (X_test - mu) / np.sqrt(sigma2 + 1e-8)
    expect(sub.normalize_inputs(X_test, mu, sigma2), expected,
           f"normalize_inputs(X_test of shape {X_test.shape}, mu, sigma2)")


def test_normalize_inputs_divides_by_the_standard_deviation():
    """Divide by sigma = sqrt(sigma2 + epsilon), not by the variance sigma2 itself."""
    X = np.array([[1.0, 5.0, 9.0], [0.0, 2.0, 4.0]])
    mu, sigma2 = np.array([[3.0], [1.0]]), np.array([[16.0], [4.0]])
    expected = np.array([[-0.5, 0.5, 1.5], [-0.5, 0.5, 1.5]])
    expect(sub.normalize_inputs(X, mu, sigma2, epsilon=0.0), expected,
           "normalize_inputs(X, mu, sigma2, epsilon=0)")


def test_normalize_inputs_training_set_is_standardized():
    """After normalizing the training set with its own statistics, each feature (row) has mean 0
    and variance 1."""
    X = features(9, 5, 50)
    mu, sigma2 = reference().compute_normalization(X)
    X_norm = sub.normalize_inputs(X, mu, sigma2)
    expect(X_norm.mean(axis=1), np.zeros(5), "row means of X_norm", atol=1e-6)
    expect(X_norm.var(axis=1), np.ones(5), "row variances of X_norm", rtol=1e-4)


def test_normalize_inputs_constant_feature():
    """A feature that never varies has sigma2 = 0: epsilon keeps the division finite (result 0)."""
    X = np.array([[1.0, 2.0, 3.0, 4.0], [7.0, 7.0, 7.0, 7.0]])
    mu, sigma2 = np.array([[2.5], [7.0]]), np.array([[1.25], [0.0]])
    expected = (X - mu) / np.sqrt(sigma2 + 1e-8)
    expect(sub.normalize_inputs(X, mu, sigma2), expected, "normalize_inputs(X with a constant row)")


def test_normalize_inputs_leaves_inputs_alone():
    """Build a new array: `X -= mu` would overwrite the caller's data."""
    X = features(10, 3, 8)
    mu, sigma2 = reference().compute_normalization(features(11, 3, 20))
    copies = (X.copy(), mu.copy(), sigma2.copy())
    sub.normalize_inputs(X, mu, sigma2)
    expect((X, mu, sigma2), copies, "(X, mu, sigma2) after normalize_inputs")
