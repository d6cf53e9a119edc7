"""Hidden tests: fresh data sets, checked against a vectorized formula and invariances."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import Mismatch, expect, reference

SHAPES = [(2, 5), (4, 3), (1, 6), (6, 1), (3, 10)]


def _number(value, name):
    """The value as a float, once it is known to be a single number (any 1-element shape)."""
    if value is None or np.size(value) != 1 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number"})
    return float(np.asarray(value).reshape(-1)[0])


def _data(n_x, m, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.8, size=(n_x, 1))
    b = float(rng.normal(0, 0.5))
    X = rng.normal(0, 1.5, size=(n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    Y[0, -1] = 1.0 - Y[0, 0] if m > 1 else Y[0, -1]
    return w, b, X, Y


def _vectorized(w, b, X, Y):
    """The same averages written without a loop, as an independent formula."""
    m = X.shape[1]
    A = 1 / (1 + np.exp(-(w.T @ X + b)))
    cost = float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)
    return X @ (A - Y).T / m, float(np.sum(A - Y) / m), cost


@pytest.mark.parametrize("shape", SHAPES)
def test_propagate_loop_matches_vectorized(shape):
    """dw, db and the cost are AVERAGES over all m examples: sum inside the loop, divide by m after."""
    w, b, X, Y = _data(*shape, seed=10 * shape[0] + shape[1])
    grads, cost = sub.propagate_loop(w, b, X, Y)
    dw, db, J = _vectorized(w, b, X, Y)
    expect(grads["dw"], dw, "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), db, "grads['db']")
    expect(_number(cost, "cost"), J, "cost")


def test_propagate_loop_doubled_data():
    """Averages do not change when every example appears twice: divide all three totals by m."""
    w, b, X, Y = _data(3, 4, seed=77)
    grads, cost = sub.propagate_loop(w, b, X, Y)
    grads2, cost2 = sub.propagate_loop(w, b, np.hstack([X, X]), np.hstack([Y, Y]))
    expect(grads2["dw"], grads["dw"], "grads['dw'] on the doubled data")
    expect(_number(grads2["db"], "db"), _number(grads["db"], "db"), "grads['db'] on the doubled data")
    expect(_number(cost2, "cost"), _number(cost, "cost"), "cost on the doubled data")


def test_propagate_loop_order_does_not_matter():
    """Every example counts exactly once, so shuffling the columns changes nothing."""
    w, b, X, Y = _data(2, 7, seed=5)
    order = np.array([6, 2, 0, 5, 1, 4, 3])
    grads, cost = sub.propagate_loop(w, b, X, Y)
    grads2, cost2 = sub.propagate_loop(w, b, X[:, order], Y[:, order])
    expect(grads2["dw"], grads["dw"], "grads['dw'] after shuffling the examples")
    expect(_number(cost2, "cost"), _number(cost, "cost"), "cost after shuffling the examples")


def test_propagate_loop_single_example():
    """With m = 1 the averages are just that example's dz, x * dz and loss."""
    w, b, X, Y = np.array([[0.5], [-0.5]]), 1.5, np.array([[1.0], [2.0]]), np.array([[0.0]])
    grads, cost = sub.propagate_loop(w, b, X, Y)
    a = 1 / (1 + np.exp(-1.0))
    expect(grads["dw"], np.array([[a], [2 * a]]), "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), a, "grads['db']")
    expect(_number(cost, "cost"), float(-np.log(1 - a)), "cost")


def test_propagate_loop_shapes_and_inputs():
    """dw is an (n_x, 1) column like w; take each example as X[:, i:i+1], and leave X and w untouched."""
    w, b, X, Y = _data(5, 4, seed=2)
    w0, X0 = w.copy(), X.copy()
    grads, cost = sub.propagate_loop(w, b, X, Y)
    assert np.shape(grads["dw"]) == (5, 1), f"dw has shape {np.shape(grads['dw'])}, expected (5, 1)"
    assert np.size(grads["db"]) == 1 and np.size(cost) == 1, "db and cost are single numbers"
    assert np.array_equal(w, w0) and np.array_equal(X, X0), "do not modify w or X"


@pytest.mark.parametrize("shape,lr", [((3, 6), 0.1), ((1, 4), 1.0), ((5, 9), 0.01)])
def test_gradient_descent_step_matches_reference(shape, lr):
    """w := w - learning_rate * dw and b := b - learning_rate * db; the cost is the one BEFORE the step."""
    w, b, X, Y = _data(*shape, seed=shape[0] + 3 * shape[1])
    new_w, new_b, cost = sub.gradient_descent_step(w, b, X, Y, lr)
    ref_w, ref_b, ref_cost = reference().gradient_descent_step(w, b, X, Y, lr)
    expect(new_w, ref_w, "new w")
    expect(_number(new_b, "new b"), _number(ref_b, "b"), "new b")
    expect(_number(cost, "cost"), _number(ref_cost, "cost"), "cost")


def test_gradient_descent_step_lowers_the_cost():
    """A small step against the gradient must lower the cost (check the sign and the learning rate)."""
    w, b, X, Y = _data(4, 8, seed=13)
    new_w, new_b, cost = sub.gradient_descent_step(w, b, X, Y, 0.05)
    after = _vectorized(new_w, _number(new_b, "new b"), X, Y)[2]
    assert after < _number(cost, "cost"), "the cost went up after the step"
    w2, b2, _ = sub.gradient_descent_step(w, b, X, Y, 0.1)
    expect(w2 - w, 2 * (new_w - w), "the step taken with twice the learning rate")


def test_gradient_descent_step_leaves_inputs_alone():
    """Return new parameters; w -= ... would overwrite the caller's array."""
    w, b, X, Y = _data(3, 5, seed=21)
    w0 = w.copy()
    new_w, new_b, _ = sub.gradient_descent_step(w, b, X, Y, 0.5)
    assert np.array_equal(w, w0), "gradient_descent_step changed the w it was given"
    assert not np.array_equal(new_w, w0), "the returned w should have moved"
    assert np.size(new_b) == 1, "b must stay a single number: update it with db, not dw"
