"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import Mismatch, expect


def _number(value, name):
    """The value as a float, once it is known to be a single number (any 1-element shape)."""
    if value is None or np.size(value) != 1 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number"})
    return float(np.asarray(value).reshape(-1)[0])


def test_compute_da_dz_label_one():
    expect(sub.compute_da_dz(0.8, 1), (-1.25, -0.2), "compute_da_dz(0.8, 1)")


def test_compute_da_dz_label_zero():
    # a = sigmoid(1) = 0.7310585786300049 and the label is 0
    expect(sub.compute_da_dz(0.7310585786300049, 0), (3.7182818284590455, 0.7310585786300049),
           "compute_da_dz(0.731..., 0)")


def test_one_example_gradients_worked_example():
    w = np.array([[0.5], [-0.5]])
    x = np.array([[1.0], [2.0]])
    grads = sub.one_example_gradients(w, 1.5, x, 0)
    expect(grads["dw"], np.array([[0.73105858], [1.46211716]]), "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), 0.7310585786300049, "grads['db']")
