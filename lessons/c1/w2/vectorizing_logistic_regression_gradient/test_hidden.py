"""Hidden tests: fresh shapes and seeds, compared with the reference and with loop formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _problem(seed, n_x, m):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    w = rng.normal(size=(n_x, 1))
    b = float(rng.normal())
    A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return w, b, X, A, Y


@pytest.mark.parametrize("seed, n_x, m", [(2, 4, 9), (6, 7, 3), (13, 1, 6), (30, 5, 20)])
def test_compute_gradients_shapes(seed, n_x, m):
    """dw = (1/m) X dZ^T has the shape of w, (n_x, 1); db = (1/m) sum(dZ) is one number; dZ = A - Y."""
    _, _, X, A, Y = _problem(seed, n_x, m)
    expect(sub.compute_gradients(X, A, Y), reference().compute_gradients(X, A, Y),
           "compute_gradients(X, A, Y)")


def test_compute_gradients_matches_the_loop():
    """The loop version adds x(i) * dz(i) over the examples and divides by m at the end."""
    _, _, X, A, Y = _problem(44, 3, 7)
    m = X.shape[1]
    dw, db = np.zeros((3, 1)), 0.0
    for i in range(m):
        dz = A[0, i] - Y[0, i]
        dw += X[:, [i]] * dz
        db += dz
    expect(sub.compute_gradients(X, A, Y), {"dw": dw / m, "db": db / m},
           "compute_gradients(X, A, Y)")


def test_compute_gradients_are_averages():
    """Gradients are AVERAGES over the m examples: repeating the whole data set twice must not change them."""
    _, _, X, A, Y = _problem(8, 4, 5)
    X2, A2, Y2 = np.hstack([X, X]), np.hstack([A, A]), np.hstack([Y, Y])
    expect(sub.compute_gradients(X2, A2, Y2), reference().compute_gradients(X, A, Y),
           "compute_gradients on the data repeated twice")


def test_compute_gradients_direction():
    """dZ = A - Y: predicting too high (A > Y) must give a POSITIVE db, so that b goes down."""
    X = np.random.default_rng(3).normal(size=(2, 4))
    A = np.full((1, 4), 0.75)
    Y = np.zeros((1, 4))
    expect(sub.compute_gradients(X, A, Y)["db"], 0.75, "compute_gradients(X, A, Y)['db']")


@pytest.mark.parametrize("seed, n_x, m", [(1, 3, 8), (10, 6, 4), (27, 2, 15)])
def test_gradient_descent_step_random(seed, n_x, m):
    """One step: A = sigmoid(w^T X + b), then the gradients, then w - alpha * dw and b - alpha * db."""
    w, b, X, _, Y = _problem(seed, n_x, m)
    expected = reference().gradient_descent_step(w.copy(), b, X, Y, 0.05)
    expect(sub.gradient_descent_step(w, b, X, Y, 0.05), expected,
           "gradient_descent_step(w, b, X, Y, 0.05)")


def test_gradient_descent_step_leaves_w_alone():
    """Build a NEW w (w = w - ...) instead of changing the caller's array in place (w -= ...)."""
    w, b, X, _, Y = _problem(52, 4, 6)
    w_before = w.copy()
    new_w, _ = sub.gradient_descent_step(w, b, X, Y, 0.5)
    expect(w, w_before, "the w you were given, after your step")
    expect(new_w, reference().gradient_descent_step(w_before, b, X, Y, 0.5)[0], "the new w")


def test_gradient_descent_step_lowers_the_cost():
    """A small step DOWNHILL must lower the cost: subtract the gradient, update b too, and keep b in the forward pass."""
    w, b, X, _, Y = _problem(61, 3, 10)

    def cost(w, b):
        A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
        return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))

    cost_before = cost(w, b)
    expected = reference().gradient_descent_step(w.copy(), b, X, Y, 0.01)
    new_w, new_b = sub.gradient_descent_step(w.copy(), b, X, Y, 0.01)
    assert cost(new_w, new_b) < cost_before, "the cost went up (or stayed put) after one small step"
    expect((new_w, new_b), expected, "gradient_descent_step(w, b, X, Y, 0.01)")


def test_gradient_descent_step_moves_b():
    """b has its own gradient db: with w = 0 and all labels 1, the step must raise b by alpha * 0.5."""
    X = np.random.default_rng(70).normal(size=(3, 5))
    new_w, new_b = sub.gradient_descent_step(np.zeros((3, 1)), 0.0, X, np.ones((1, 5)), 0.2)
    expect(new_b, 0.1, "the new b")
