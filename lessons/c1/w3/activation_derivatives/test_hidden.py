"""Hidden tests: compare with numerical slopes (finite differences) on other shapes and seeds."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect

H = 1e-5


@pytest.mark.parametrize("seed, shape", [(1, (3, 4)), (2, (7,)), (3, (2, 1))])
def test_tanh_derivative_matches_numerical_slope(seed, shape):
    """The slope of tanh is 1 - tanh(z)^2: square the ACTIVATION a = tanh(z), not z itself."""
    z = np.random.default_rng(seed).normal(0, 1.5, size=shape)
    numerical = (np.tanh(z + H) - np.tanh(z - H)) / (2 * H)
    expect(sub.tanh_derivative(z), numerical, "tanh_derivative(z)", rtol=1e-6, atol=1e-9)


def test_tanh_derivative_shape_of_the_bump():
    """tanh is steepest at 0 (slope 1), symmetric, and flattens out for large |z|."""
    z = np.array([[-6.0, -1.0], [1.0, 6.0]])
    d = sub.tanh_derivative(z)
    expect(d, 1 - np.tanh(z) ** 2, "tanh_derivative(z)")
    expect(sub.tanh_derivative(np.array([0.0])), np.array([1.0]), "tanh_derivative(0)")


@pytest.mark.parametrize("seed, alpha", [(4, 0.01), (5, 0.2), (6, 0.05)])
def test_leaky_relu_derivative_matches_numerical_slope(seed, alpha):
    """The slope is 1 on the positive side and alpha (a constant, not alpha * z) on the negative side."""
    z = np.random.default_rng(seed).normal(0, 2, size=(4, 5))
    z = np.where(np.abs(z) < 0.01, 0.5, z)

    def leaky(v):
        return np.where(v > 0, v, alpha * v)

    numerical = (leaky(z + H) - leaky(z - H)) / (2 * H)
    expect(sub.leaky_relu_derivative(z, alpha), numerical, f"leaky_relu_derivative(z, {alpha})",
           rtol=1e-6, atol=1e-9)


def test_leaky_relu_derivative_at_zero_and_default():
    """At exactly z = 0 we take the negative side's slope, alpha; the default alpha is 0.01."""
    z = np.array([0.0, -3.0, 3.0])
    expect(sub.leaky_relu_derivative(z), np.array([0.01, 0.01, 1.0]), "leaky_relu_derivative(z)")
    expect(sub.leaky_relu_derivative(z, 0.3), np.array([0.3, 0.3, 1.0]),
           "leaky_relu_derivative(z, 0.3)")
