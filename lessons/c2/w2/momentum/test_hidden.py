"""Hidden tests: other shapes, betas and bowls; velocity carried between steps; inputs untouched."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed, shape, beta, lr", [(1, (3, 4), 0.9, 0.01), (2, (5, 1), 0.8, 0.1),
                                                   (3, (2, 6), 0.99, 0.5), (4, (7,), 0.5, 0.3)])
def test_momentum_step_random(seed, shape, beta, lr):
    """v = beta * v + (1 - beta) * dW first, then W = W - learning_rate * (the NEW v)."""
    rng = np.random.default_rng(seed)
    w, dw, v = rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape)
    v_new = beta * v + (1 - beta) * dw
    expected = (w - lr * v_new, v_new)
    expect(sub.momentum_step(w, dw, v, beta, lr), expected,
           f"momentum_step(W of shape {shape}, dW, v, {beta}, {lr})")


def test_momentum_step_beta_zero_is_gradient_descent():
    """With beta = 0 the velocity is just the gradient, and momentum is plain gradient descent."""
    rng = np.random.default_rng(5)
    w, dw, v = rng.normal(size=(3, 2)), rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
    expect(sub.momentum_step(w, dw, v, 0.0, 0.2), (w - 0.2 * dw, dw.copy()),
           "momentum_step(W, dW, v, 0.0, 0.2)")


def test_momentum_step_remembers_the_past():
    """With a zero gradient the velocity decays to beta * v, and W still moves along it."""
    w, v = np.array([[2.0, -1.0, 0.5]]), np.array([[1.0, -2.0, 4.0]])
    expect(sub.momentum_step(w, np.zeros((1, 3)), v, 0.9, 0.1),
           (w - 0.1 * 0.9 * v, 0.9 * v), "momentum_step(W, zero gradient, v, 0.9, 0.1)")


def test_momentum_step_leaves_inputs_alone():
    """Build new arrays: v *= beta or W -= ... would change the caller's arrays."""
    rng = np.random.default_rng(6)
    w, dw, v = rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    before = (w.copy(), dw.copy(), v.copy())
    sub.momentum_step(w, dw, v, 0.9, 0.1)
    expect((w, dw, v), before, "(W, dW, v) after momentum_step")


def quadratic(seed, n):
    """A random elongated bowl J(w) = w^T A w / 2 and its gradient A w."""
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    A = q @ np.diag(np.geomspace(1, 30, n)) @ q.T
    return lambda w: A @ w


@pytest.mark.parametrize("seed, n, beta, lr, steps", [(1, 2, 0.9, 0.05, 20), (2, 3, 0.8, 0.03, 7),
                                                      (3, 5, 0.95, 0.06, 30), (4, 2, 0.0, 0.02, 5)])
def test_run_momentum_random_bowls(seed, n, beta, lr, steps):
    """Start with v = 0, then at every step: gradient at the CURRENT w, momentum_step, record w."""
    grad = quadratic(seed, n)
    w0 = np.random.default_rng(seed + 10).normal(size=n)
    expected = reference().run_momentum(grad, w0.copy(), beta, lr, steps)
    expect(sub.run_momentum(grad, w0, beta, lr, steps), expected,
           f"run_momentum(grad, w0 of shape {w0.shape}, {beta}, {lr}, {steps})")


def test_run_momentum_starts_at_w0():
    """path[0] is the starting point w0, so the path has num_steps + 1 rows."""
    grad = quadratic(7, 3)
    w0 = np.array([1.0, -2.0, 0.5])
    path = sub.run_momentum(grad, w0, 0.9, 0.05, 6)
    expect(np.asarray(path).shape, (7, 3), "shape of the path")
    expect(path[0], w0.copy(), "path[0]")


def test_run_momentum_first_step_is_small():
    """v starts at ZERO, so the first step is only (1 - beta) * learning_rate * dW."""
    grad = quadratic(8, 2)
    w0 = np.array([3.0, -1.0])
    path = sub.run_momentum(grad, w0, 0.9, 0.1, 1)
    expect(path[1], w0 - 0.1 * 0.1 * grad(w0), "path[1]")


def test_run_momentum_carries_the_velocity():
    """The velocity is carried from one step to the next; it is not reset to zero every step."""
    grad = quadratic(9, 2)
    w0 = np.array([-2.0, 2.0])
    w1, v1 = reference().momentum_step(w0, grad(w0), np.zeros(2), 0.9, 0.05)
    w2, _ = reference().momentum_step(w1, grad(w1), v1, 0.9, 0.05)
    path = sub.run_momentum(grad, w0, 0.9, 0.05, 2)
    expect(path[2], w2, "path[2]")


def test_run_momentum_tames_a_large_learning_rate():
    """On the narrow bowl learning_rate 0.1 makes plain descent diverge; momentum (beta 0.9) converges."""
    path = sub.run_momentum(lambda w: np.array([w[0], 25 * w[1]]), np.array([-4.0, 1.0]),
                            0.9, 0.1, 200)
    assert np.all(np.abs(path[-1]) < 1e-3), f"after 200 steps w = {path[-1]}, expected near 0"
