"""Hidden tests: other shapes and seeds, and the properties each function must have."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("seed, shape", [(1, (4, 6)), (2, (1, 9)), (3, (5,))])
def test_tanh_random(seed, shape):
    """tanh(z) = (e^z - e^-z) / (e^z + e^-z), element by element."""
    z = np.random.default_rng(seed).normal(0, 3, size=shape)
    expected = np.vectorize(math.tanh)(z)
    expect(sub.tanh(z), expected, "tanh(z)")


def test_tanh_is_centred_and_odd():
    """tanh(0) = 0 and tanh(-z) = -tanh(z): the curve is centred on zero (unlike the sigmoid)."""
    z = np.linspace(-4, 4, 17)
    expect(sub.tanh(np.array([0.0])), np.array([0.0]), "tanh(0)")
    expect(sub.tanh(-z), -np.vectorize(math.tanh)(z), "tanh(-z)")


def test_tanh_is_a_stretched_sigmoid():
    """tanh(z) = 2 sigmoid(2z) - 1: note the 2z inside; its values lie strictly in (-1, 1)."""
    z = np.array([[-6.0, -1.0, 0.25], [1.5, 3.0, 7.0]])
    expect(sub.tanh(z), 2 / (1 + np.exp(-2 * z)) - 1, "tanh(z)")


@pytest.mark.parametrize("seed, shape, alpha", [(4, (3, 5), 0.01), (5, (6,), 0.1), (6, (2, 2), 0.3)])
def test_leaky_relu_random(seed, shape, alpha):
    """Positive inputs pass unchanged; negative inputs are multiplied by alpha (the argument)."""
    z = np.random.default_rng(seed).normal(0, 2, size=shape)
    expected = np.vectorize(lambda v: v if v > 0 else alpha * v)(z)
    expect(sub.leaky_relu(z, alpha), expected, f"leaky_relu(z, {alpha})")


def test_leaky_relu_default_slope():
    """Without an alpha argument the slope for negatives is 0.01."""
    z = np.array([[-100.0, -3.0], [4.0, 0.0]])
    expect(sub.leaky_relu(z), np.array([[-1.0, -0.03], [4.0, 0.0]]), "leaky_relu(z)")


def test_leaky_relu_with_zero_slope_is_relu():
    """With alpha = 0 the leaky ReLU becomes the plain ReLU: max(0, z)."""
    z = np.random.default_rng(8).normal(size=(4, 3))
    expect(sub.leaky_relu(z, 0.0), np.maximum(0, z), "leaky_relu(z, 0)")
