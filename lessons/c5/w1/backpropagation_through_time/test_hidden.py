"""Hidden tests: other class counts and lengths, known values, and numerical gradients."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [(4, 7, 1), (6, 3, 2), (2, 5, 3), (5, 1, 4)]


def _softmax(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def _example(n_y, T_y, seed):
    rng = np.random.default_rng(seed)
    z = rng.normal(0, 1.5, (n_y, T_y))
    y = np.eye(n_y)[:, rng.integers(0, n_y, size=T_y)]
    return z, _softmax(z), y


@pytest.mark.parametrize("n_y, T_y, seed", CASES)
def test_step_losses_random(n_y, T_y, seed):
    """One loss per time step: sum -y log(yhat) DOWN each column (over the classes, axis 0),
    giving shape (T_y,). Mind the minus sign: each loss is positive."""
    _, y_hat, y = _example(n_y, T_y, seed)
    expected = reference().step_losses(y_hat.copy(), y.copy())
    expect(sub.step_losses(y_hat, y), expected, "step_losses(y_hat, y)")


def test_step_losses_known_values():
    """A confident correct prediction costs almost nothing; a uniform guess over n_y classes
    costs log(n_y) at that step."""
    y_hat = np.array([[1.0 - 3e-9, 0.25], [1e-9, 0.25], [1e-9, 0.25], [1e-9, 0.25]])
    y = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    losses = sub.step_losses(y_hat, y)
    expect(losses, np.array([-np.log(1.0 - 3e-9), np.log(4.0)]), "step_losses")
    assert np.all(losses >= 0), "cross-entropy losses are never negative"


@pytest.mark.parametrize("n_y, T_y, seed", CASES)
def test_sequence_loss_random(n_y, T_y, seed):
    """L is the SUM of the step losses over all T_y steps (not their mean, not only the last
    one), returned as a Python float."""
    _, y_hat, y = _example(n_y, T_y, seed)
    expected = reference().sequence_loss(y_hat.copy(), y.copy())
    expect(sub.sequence_loss(y_hat, y), expected, "sequence_loss(y_hat, y)", strict_type=True)


@pytest.mark.parametrize("n_y, T_y", [(3, 4), (10, 6)])
def test_sequence_loss_uniform_guess(n_y, T_y):
    """Guessing uniformly costs log(n_y) at every step, so T_y * log(n_y) for the sequence:
    the loss grows with the length of the sequence."""
    y_hat = np.full((n_y, T_y), 1.0 / n_y)
    y = np.eye(n_y)[:, np.arange(T_y) % n_y]
    expect(sub.sequence_loss(y_hat, y), float(T_y * np.log(n_y)), "sequence_loss(uniform)")


@pytest.mark.parametrize("n_y, T_y, seed", CASES)
def test_grad_y_hat_random(n_y, T_y, seed):
    """d(-y log yhat)/dyhat = -y / yhat: zero wherever y is 0, negative at the true class."""
    _, y_hat, y = _example(n_y, T_y, seed)
    expected = reference().grad_y_hat(y_hat.copy(), y.copy())
    expect(sub.grad_y_hat(y_hat, y), expected, "grad_y_hat(y_hat, y)")


def test_grad_y_hat_matches_numerical_gradient():
    """Nudge one probability by eps and watch L = -sum y log yhat change: your gradient must
    predict that change."""
    _, y_hat, y = _example(5, 4, 8)
    analytic = sub.grad_y_hat(y_hat.copy(), y.copy())
    eps, numeric = 1e-6, np.zeros_like(y_hat)
    for idx in np.ndindex(*y_hat.shape):
        up, down = y_hat.copy(), y_hat.copy()
        up[idx] += eps
        down[idx] -= eps
        numeric[idx] = (-np.sum(y * np.log(up)) + np.sum(y * np.log(down))) / (2 * eps)
    expect(analytic, numeric, "grad_y_hat vs the numerical gradient", rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("n_y, T_y, seed", CASES)
def test_grad_scores_random(n_y, T_y, seed):
    """Through a softmax the chain rule collapses to dz = yhat - y (prediction minus truth)."""
    _, y_hat, y = _example(n_y, T_y, seed)
    expected = reference().grad_scores(y_hat.copy(), y.copy())
    expect(sub.grad_scores(y_hat, y), expected, "grad_scores(y_hat, y)")


def test_grad_scores_matches_numerical_gradient():
    """Nudge one score z_k<t> by eps, recompute the softmax and the loss: dz must predict the
    change. Each column of dz sums to 0."""
    z, y_hat, y = _example(4, 6, 9)
    analytic = sub.grad_scores(y_hat.copy(), y.copy())
    eps, numeric = 1e-6, np.zeros_like(z)
    for idx in np.ndindex(*z.shape):
        up, down = z.copy(), z.copy()
        up[idx] += eps
        down[idx] -= eps
        numeric[idx] = (-np.sum(y * np.log(_softmax(up)))
                        + np.sum(y * np.log(_softmax(down)))) / (2 * eps)
    expect(analytic, numeric, "grad_scores vs the numerical gradient", rtol=1e-4, atol=1e-6)
    expect(analytic.sum(axis=0), np.zeros(6), "the column sums of dz", atol=1e-9)
