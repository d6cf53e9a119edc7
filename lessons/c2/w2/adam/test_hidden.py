"""Hidden tests: other shapes, steps and settings; the first step; t counted from 1; inputs untouched."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def formula(w, dw, v, s, t, lr, beta1, beta2, epsilon):
    v = beta1 * v + (1 - beta1) * dw
    s = beta2 * s + (1 - beta2) * dw ** 2
    v_hat, s_hat = v / (1 - beta1 ** t), s / (1 - beta2 ** t)
    return w - lr * v_hat / (np.sqrt(s_hat) + epsilon), v, s


@pytest.mark.parametrize("seed, shape, t, lr, beta1, beta2", [
    (1, (3, 4), 1, 0.01, 0.9, 0.999), (2, (5, 1), 2, 0.001, 0.9, 0.999),
    (3, (2, 6), 7, 0.1, 0.8, 0.99), (4, (7,), 100, 0.05, 0.95, 0.9), (5, (1, 3), 3, 0.02, 0.5, 0.5)])
def test_adam_step_random(seed, shape, t, lr, beta1, beta2):
    """Update v and s, correct BOTH by their own 1 - beta^t, then step by v_hat / (sqrt(s_hat) + eps)."""
    rng = np.random.default_rng(seed)
    w, dw, v, s = rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape), rng.random(shape)
    expected = formula(w, dw, v, s, t, lr, beta1, beta2, 1e-8)
    expect(sub.adam_step(w, dw, v, s, t, lr, beta1, beta2), expected,
           f"adam_step(W of shape {shape}, dW, v, s, t={t}, {lr}, {beta1}, {beta2})")


@pytest.mark.parametrize("scale", [1e-3, 1.0, 50.0])
def test_adam_step_first_step_is_learning_rate_sized(scale):
    """At t = 1 from v = s = 0, bias correction makes v_hat = dW and s_hat = dW^2: a step of lr * sign(dW)."""
    dw = scale * np.array([[1.0, -3.0], [0.2, -0.5], [2.0, 4.0]])
    w = np.ones((3, 2))
    new_w, _, _ = sub.adam_step(w, dw, np.zeros((3, 2)), np.zeros((3, 2)), 1, learning_rate=0.02)
    expect(w - new_w, 0.02 * np.sign(dw), f"first Adam step for gradients of size ~{scale}", rtol=1e-4)


def test_adam_step_returns_uncorrected_averages():
    """Return the UNCORRECTED v and s: the correction is only for the step, not for the memory."""
    rng = np.random.default_rng(6)
    w, dw, v, s = rng.normal(size=(2, 3)), rng.normal(size=(2, 3)), rng.normal(size=(2, 3)), rng.random((2, 3))
    expected_v, expected_s = 0.9 * v + 0.1 * dw, 0.999 * s + 0.001 * dw ** 2
    _, new_v, new_s = sub.adam_step(w, dw, v, s, 2)
    expect((new_v, new_s), (expected_v, expected_s), "(v, s) returned at t=2")


def test_adam_step_epsilon_outside_the_root():
    """epsilon is added after the square root: v_hat / (sqrt(s_hat) + epsilon)."""
    w, dw = np.array([1.0, -1.0]), np.array([0.5, 2.0])
    v, s = np.array([0.1, 0.3]), np.array([0.04, 0.25])
    expected = formula(w, dw, v, s, 4, 0.1, 0.9, 0.999, 0.3)
    expect(sub.adam_step(w, dw, v, s, 4, 0.1, 0.9, 0.999, epsilon=0.3), expected,
           "adam_step(..., t=4, epsilon=0.3)")


def test_adam_step_late_steps_need_no_correction():
    """For a very large t, beta^t is 0 and Adam is momentum's v divided by RMSprop's sqrt(s)."""
    rng = np.random.default_rng(7)
    w, dw, v, s = rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), rng.random((3, 3))
    v_new, s_new = 0.9 * v + 0.1 * dw, 0.999 * s + 0.001 * dw ** 2
    expected = w - 0.01 * v_new / (np.sqrt(s_new) + 1e-8)
    expect(sub.adam_step(w, dw, v, s, 100_000)[0], expected, "W after adam_step at t=100000")


def test_adam_step_leaves_inputs_alone():
    """Build new arrays; -= or *= would change the caller's W, v and s."""
    rng = np.random.default_rng(8)
    w, dw, v, s = rng.normal(size=(4, 2)), rng.normal(size=(4, 2)), rng.normal(size=(4, 2)), rng.random((4, 2))
    before = tuple(a.copy() for a in (w, dw, v, s))
    sub.adam_step(w, dw, v, s, 3)
    expect((w, dw, v, s), before, "(W, dW, v, s) after adam_step")


def quadratic(seed, n):
    """A random elongated bowl J(w) = w^T A w / 2 and its gradient A w."""
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    A = q @ np.diag(np.geomspace(1, 50, n)) @ q.T
    return lambda w: A @ w


@pytest.mark.parametrize("seed, n, steps, settings", [
    (1, 2, 20, (0.05, 0.9, 0.999, 1e-8)), (2, 3, 8, (0.01, 0.8, 0.99, 1e-8)),
    (3, 5, 30, (0.1, 0.9, 0.9, 1e-6)), (4, 2, 5, (0.02, 0.5, 0.999, 0.1))])
def test_run_adam_random_bowls(seed, n, steps, settings):
    """Start v and s at zero; step t = 1, 2, ...: gradient at the current w, adam_step with YOUR settings."""
    grad = quadratic(seed, n)
    w0 = np.random.default_rng(seed + 10).normal(size=n)
    expected = reference().run_adam(grad, w0.copy(), steps, *settings)
    expect(sub.run_adam(grad, w0, steps, *settings), expected,
           f"run_adam(grad, w0 of shape {w0.shape}, {steps}, *{settings})")


def test_run_adam_first_step():
    """The first update has t = 1 (not 0) and starts from v = s = 0: it moves every entry by lr."""
    grad = quadratic(5, 3)
    w0 = np.array([2.0, -1.0, 0.5])
    path = sub.run_adam(grad, w0, 1, learning_rate=0.05)
    expect(path[0], w0.copy(), "path[0]")
    expect(path[1], w0 - 0.05 * np.sign(grad(w0)), "path[1]", rtol=1e-6)


def test_run_adam_counts_the_steps():
    """t grows by one at every update (1, 2, 3, ...): the bias correction depends on it."""
    grad = quadratic(6, 2)
    w0 = np.array([1.0, 1.0])
    w, v, s = w0, np.zeros(2), np.zeros(2)
    for t in range(1, 4):
        w, v, s = reference().adam_step(w, grad(w), v, s, t, 0.05)
    expect(sub.run_adam(grad, w0, 3, learning_rate=0.05)[3], w, "path[3]")


def test_run_adam_reaches_the_bottom_of_the_narrow_bowl():
    """With learning_rate 0.1, 200 Adam steps bring the narrow bowl's cost below 1e-6."""
    path = sub.run_adam(lambda w: np.array([w[0], 25 * w[1]]), np.array([-4.0, 1.0]), 200, 0.1)
    w = path[-1]
    cost = 0.5 * (w[0] ** 2 + 25 * w[1] ** 2)
    assert cost < 1e-6, f"cost after 200 steps is {cost:.3g}, expected below 1e-6"
