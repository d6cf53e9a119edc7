"""Hidden tests: fresh sizes and seeds, checked against independent formulas."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import Mismatch, expect, reference

SEEDS = [2, 17, 40]


def _batch(m, seed):
    rng = np.random.default_rng(seed)
    A = rng.uniform(0.02, 0.98, size=(1, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    Y[0, 0] = 1.0
    if m > 1:
        Y[0, 1] = 0.0
    return A, Y


def _number(value, name):
    """The value as a float, once it is known to be a single number (not an array)."""
    if value is None or np.ndim(value) != 0 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number (try float(...))"})
    return float(value)


@pytest.mark.parametrize("a", [0.03, 0.3, 0.5, 0.77, 0.99])
def test_loss_label_one(a):
    """When y = 1 the loss is -log(a): small when a is near 1, huge when a is near 0."""
    expect(_number(sub.loss(a, 1), "loss(a, 1)"), -math.log(a), f"loss({a}, 1)")


@pytest.mark.parametrize("a", [0.03, 0.3, 0.5, 0.77, 0.99])
def test_loss_label_zero(a):
    """When y = 0 the loss is -log(1 - a): the second term uses log(1 - a), not log(a)."""
    expect(_number(sub.loss(a, 0), "loss(a, 0)"), -math.log(1 - a), f"loss({a}, 0)")


@pytest.mark.parametrize("seed", SEEDS)
def test_loss_arrays(seed):
    """loss works element by element on arrays: -(y log a + (1 - y) log(1 - a))."""
    A, Y = _batch(seed + 3, seed)
    expect(sub.loss(A, Y), reference().loss(A, Y), "loss(A, Y)")


def test_loss_properties():
    """The loss is never negative, and predicting a for y = 1 costs as much as 1 - a for y = 0."""
    a = np.linspace(0.05, 0.95, 7)
    ones, zeros = sub.loss(a, np.ones(7)), sub.loss(1 - a, np.zeros(7))
    assert np.all(np.asarray(ones) > 0), "a loss must be positive: is the minus sign there?"
    expect(ones, zeros, "loss(a, 1) compared with loss(1 - a, 0)")


@pytest.mark.parametrize("seed", SEEDS)
def test_compute_cost_random(seed):
    """J is the MEAN loss: the sum of the m losses divided by m = Y.shape[1]."""
    A, Y = _batch(5 + 4 * seed % 9, seed)
    expected = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    expect(_number(sub.compute_cost(A, Y), "the cost"), float(expected), "compute_cost(A, Y)")


def test_compute_cost_duplicated_data():
    """Copying every example twice must not change an average: divide by m."""
    A, Y = _batch(6, 8)
    once = _number(sub.compute_cost(A, Y), "the cost")
    twice = _number(sub.compute_cost(np.hstack([A, A]), np.hstack([Y, Y])), "the cost")
    expect(twice, once, "compute_cost on the doubled batch")


def test_compute_cost_one_example():
    """With a single example the cost equals that example's loss."""
    A, Y = np.array([[0.35]]), np.array([[1.0]])
    expect(_number(sub.compute_cost(A, Y), "the cost"), -math.log(0.35), "compute_cost(A, Y)")


@pytest.mark.parametrize("m", [1, 7])
def test_compute_cost_is_one_number(m):
    """Return one number (for example with float(...)), not a (1, 1) or (m,) array."""
    A, Y = _batch(m, 3 + m)
    cost = _number(sub.compute_cost(A, Y), "the cost")
    expect(cost, reference().compute_cost(A, Y), "compute_cost(A, Y)")
