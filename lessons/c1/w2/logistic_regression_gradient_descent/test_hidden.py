"""Hidden tests: fresh examples, checked against the reference and against finite differences."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import Mismatch, expect, reference


def _number(value, name):
    """The value as a float, once it is known to be a single number (any 1-element shape)."""
    if value is None or np.size(value) != 1 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number"})
    return float(np.asarray(value).reshape(-1)[0])


def _loss(w, b, x, y):
    """The loss of one example, written out independently."""
    a = 1 / (1 + math.exp(-(float(np.sum(w * x)) + b)))
    return -(y * math.log(a) + (1 - y) * math.log(1 - a))


def _example(n_x, seed):
    rng = np.random.default_rng(seed)
    return (rng.normal(0, 0.7, size=(n_x, 1)), float(rng.normal(0, 1)),
            rng.normal(0, 1, size=(n_x, 1)), int(seed % 2))


@pytest.mark.parametrize("seed", [3, 8, 31])
def test_compute_da_dz_arrays(seed):
    """da = -y/a + (1 - y)/(1 - a) and dz = a - y, element by element."""
    rng = np.random.default_rng(seed)
    a = rng.uniform(0.05, 0.95, size=(1, 6))
    y = (rng.random((1, 6)) > 0.5).astype(float)
    da, dz = sub.compute_da_dz(a, y)
    ref_da, ref_dz = reference().compute_da_dz(a, y)
    expect(da, ref_da, "da")
    expect(dz, ref_dz, "dz")


@pytest.mark.parametrize("a,y", [(0.3, 1), (0.3, 0), (0.9, 1), (0.65, 0)])
def test_compute_da_dz_finite_difference(a, y):
    """da is the slope of L(a) = -(y log a + (1 - y) log(1 - a)): compare with (L(a+h) - L(a-h)) / 2h."""
    def loss(p):
        return -(y * math.log(p) + (1 - y) * math.log(1 - p))
    h = 1e-6
    da, _ = sub.compute_da_dz(a, y)
    expect(_number(da, "da"), (loss(a + h) - loss(a - h)) / (2 * h), f"da for a={a}, y={y}",
           rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("a,y", [(0.2, 1), (0.7, 0), (0.45, 1)])
def test_compute_da_dz_chain_rule(a, y):
    """dz = da * (slope of the sigmoid) = da * a * (1 - a), which equals a - y."""
    da, dz = sub.compute_da_dz(a, y)
    expect(_number(dz, "dz"), (-y / a + (1 - y) / (1 - a)) * a * (1 - a), f"dz for a={a}, y={y}")


@pytest.mark.parametrize("n_x,seed", [(3, 1), (5, 2), (1, 7), (8, 12)])
def test_one_example_gradients_random(n_x, seed):
    """Forward (z = w^T x + b, a = sigmoid(z)), then dz = a - y, dw = x * dz, db = dz."""
    w, b, x, y = _example(n_x, seed)
    grads = sub.one_example_gradients(w, b, x, y)
    ref = reference().one_example_gradients(w, b, x, y)
    expect(grads["dw"], ref["dw"], "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), _number(ref["db"], "db"), "grads['db']")


@pytest.mark.parametrize("seed", [4, 5])
def test_one_example_gradients_finite_differences(seed):
    """Nudging w_j by h changes the loss by about dw_j * h, and nudging b by about db * h."""
    w, b, x, y = _example(4, seed)
    grads = sub.one_example_gradients(w, b, x, y)
    h = 1e-6
    numeric_dw = np.zeros((4, 1))
    for j in range(4):
        step = np.zeros((4, 1))
        step[j, 0] = h
        numeric_dw[j, 0] = (_loss(w + step, b, x, y) - _loss(w - step, b, x, y)) / (2 * h)
    numeric_db = (_loss(w, b + h, x, y) - _loss(w, b - h, x, y)) / (2 * h)
    expect(grads["dw"], numeric_dw, "grads['dw'] against finite differences", atol=1e-6)
    expect(_number(grads["db"], "grads['db']"), numeric_db, "grads['db'] against finite differences",
           atol=1e-6)


def test_one_example_gradients_shapes_and_link():
    """dw has the shape of w, (n_x, 1), and dw = x * db because dz is shared."""
    w, b, x, y = _example(6, 9)
    grads = sub.one_example_gradients(w, b, x, y)
    assert isinstance(grads, dict) and "dw" in grads and "db" in grads, \
        "return a dict with keys 'dw' and 'db'"
    assert np.shape(grads["dw"]) == (6, 1), f"dw has shape {np.shape(grads['dw'])}, w has (6, 1)"
    expect(grads["dw"], x * _number(grads["db"], "grads['db']"), "grads['dw'] compared with x * db")
