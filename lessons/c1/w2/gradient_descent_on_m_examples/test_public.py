"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import Mismatch, expect

W = np.array([[1.0], [-1.0]])
B = 0.0
X = np.array([[1.0, 2.0, 0.5],
              [1.0, 0.0, 1.5]])
Y = np.array([[1, 1, 0]])


def _number(value, name):
    """The value as a float, once it is known to be a single number (any 1-element shape)."""
    if value is None or np.size(value) != 1 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number"})
    return float(np.asarray(value).reshape(-1)[0])


def test_propagate_loop_worked_example():
    grads, cost = sub.propagate_loop(W, B, X, Y)
    expect(grads["dw"], np.array([[-0.20131171], [-0.03219596]]), "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), -0.11675383355070752, "grads['db']")
    expect(_number(cost, "cost"), 0.3777789597070469, "cost")


def test_gradient_descent_step_worked_example():
    w, b, cost = sub.gradient_descent_step(W, B, X, Y, learning_rate=0.5)
    expect(w, np.array([[1.10065586], [-0.98390202]]), "new w")
    expect(_number(b, "new b"), 0.05837691677535376, "new b")
    expect(_number(cost, "cost"), 0.3777789597070469, "cost (before the step)")
