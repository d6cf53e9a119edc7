"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [3, 11, 42]


@pytest.mark.parametrize("x", [-3.5, 0.0, 0.25, 7.0])
def test_basic_sigmoid_values(x):
    """basic_sigmoid(x) must equal 1 / (1 + e^(-x)) for negative, zero and positive x."""
    expect(sub.basic_sigmoid(x), 1 / (1 + math.exp(-x)), f"basic_sigmoid({x})")


def test_basic_sigmoid_is_a_probability():
    """Sigmoid squashes every number into (0, 1) and sigmoid(0) is exactly one half."""
    assert sub.basic_sigmoid(0) == 0.5
    assert 0 < sub.basic_sigmoid(-20) < 0.001 and 0.999 < sub.basic_sigmoid(20) < 1


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_matrix(seed):
    """sigmoid must work element by element on arrays of any shape (use np.exp, not math.exp)."""
    x = np.random.default_rng(seed).normal(0, 3, size=(seed % 4 + 2, 5))
    expect(sub.sigmoid(x), reference().sigmoid(x), "sigmoid(x)")


def test_sigmoid_symmetry():
    """sigmoid(-x) = 1 - sigmoid(x): check the sign inside the exponential."""
    x = np.linspace(-6, 6, 13)
    expect(sub.sigmoid(-x), 1 - 1 / (1 + np.exp(-x)), "sigmoid(-x)")


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_derivative_matrix(seed):
    """The derivative is s * (1 - s) where s = sigmoid(x), not a function of x itself."""
    x = np.random.default_rng(seed).normal(0, 2, size=(3, seed % 5 + 1))
    expect(sub.sigmoid_derivative(x), reference().sigmoid_derivative(x), "sigmoid_derivative(x)")


def test_sigmoid_derivative_peak():
    """The sigmoid is steepest at 0, where its slope is exactly 1/4."""
    expect(sub.sigmoid_derivative(np.array([0.0])), np.array([0.25]), "sigmoid_derivative(0)")


@pytest.mark.parametrize("shape", [(4, 5, 3), (2, 7, 1), (6, 6, 3)])
def test_image2vector_shapes(shape):
    """The result is a column (n, 1) holding the pixels in the same order as image.reshape."""
    image = np.random.default_rng(sum(shape)).random(shape)
    expect(sub.image2vector(image), reference().image2vector(image), "image2vector(image)")


@pytest.mark.parametrize("shape", [(3, 5), (5, 2), (4, 4)])
def test_normalize_rows_shapes(shape):
    """Each ROW is divided by its own L2 length: axis=1 with keepdims=True."""
    x = np.random.default_rng(shape[0] * 10 + shape[1]).normal(size=shape)
    result = sub.normalize_rows(x)
    expect(result, reference().normalize_rows(x), "normalize_rows(x)")


@pytest.mark.parametrize("shape", [(3, 5), (6, 2), (4, 4)])
def test_softmax_shapes(shape):
    """Each ROW must sum to 1: sum the exponentials along axis=1 with keepdims=True."""
    x = np.random.default_rng(shape[0] + 7 * shape[1]).normal(0, 2, size=shape)
    result = sub.softmax(x)
    expect(result, reference().softmax(x), "softmax(x)")


@pytest.mark.parametrize("seed", SEEDS)
def test_L1_random(seed):
    """L1 is the SUM (not the mean) of absolute differences."""
    rng = np.random.default_rng(seed)
    yhat, y = rng.random(seed + 4), (rng.random(seed + 4) > 0.5).astype(float)
    expect(sub.L1(yhat, y), float(np.sum(np.abs(y - yhat))), "L1(yhat, y)")


@pytest.mark.parametrize("seed", SEEDS)
def test_L2_random(seed):
    """L2 is the SUM of squared differences: no square root, no mean."""
    rng = np.random.default_rng(seed)
    yhat, y = rng.random(seed + 4), (rng.random(seed + 4) > 0.5).astype(float)
    expect(sub.L2(yhat, y), float(np.sum((y - yhat) ** 2)), "L2(yhat, y)")
