"""Hidden tests: other costs, sizes and seeds; properties of the relative difference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def quadratic(seed, n):
    """J(theta) = 1/2 theta^T A theta + b^T theta, whose gradient is A theta + b (A symmetric)."""
    rng = np.random.default_rng(seed)
    M = rng.normal(size=(n, n))
    A, b = (M + M.T) / 2, rng.normal(size=(n, 1))

    def J(theta):
        return (0.5 * theta.T @ A @ theta + b.T @ theta).item()

    return J, lambda theta: A @ theta + b


def logistic(seed, n_x, m):
    """The cross-entropy cost of logistic regression with theta = [w; b] of shape (n_x + 1, 1)."""
    rng = np.random.default_rng(seed)
    X, Y = rng.normal(size=(n_x, m)), (rng.random((1, m)) > 0.5).astype(float)

    def forward(theta):
        return 1 / (1 + np.exp(-(theta[:n_x].T @ X + theta[n_x, 0])))

    def J(theta):
        A = forward(theta)
        return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))

    def grad(theta):
        dZ = forward(theta) - Y
        return np.vstack([X @ dZ.T / m, [[np.mean(dZ)]]])

    return J, grad


@pytest.mark.parametrize("seed, n", [(1, 4), (2, 9), (3, 1), (4, 13)])
def test_gradient_approx_quadratic(seed, n):
    """Nudge ONE component at a time (on fresh copies) and divide by 2 * epsilon."""
    J, grad = quadratic(seed, n)
    theta = np.random.default_rng(seed + 10).normal(size=(n, 1))
    expected = grad(theta.copy())
    expect(sub.gradient_approx(J, theta), expected, f"gradient_approx(J, theta of shape ({n}, 1))",
           rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("seed, n_x, m", [(5, 3, 20), (6, 6, 7)])
def test_gradient_approx_logistic_regression(seed, n_x, m):
    """The numerical gradient of a real cost matches backpropagation's (and the reference's)."""
    J, grad = logistic(seed, n_x, m)
    theta = np.random.default_rng(seed + 20).normal(size=(n_x + 1, 1))
    expected = reference().gradient_approx(J, theta.copy())
    actual = sub.gradient_approx(J, theta)
    expect(actual, expected, "gradient_approx(logistic cost, theta)", rtol=1e-5, atol=1e-7)
    expect(actual, grad(theta), "gradient_approx vs backprop", rtol=1e-5, atol=1e-7)


def test_gradient_approx_uses_epsilon():
    """Use the epsilon you are given: for theta^3 the two-sided estimate is 3 theta^2 + epsilon^2."""
    theta = np.array([[0.5], [-2.0], [1.5], [3.0]])
    expect(sub.gradient_approx(lambda t: float(np.sum(t ** 3)), theta, 0.1),
           3 * theta ** 2 + 0.01, "gradient_approx(sum of cubes, theta, 0.1)", rtol=1e-9)


def test_gradient_approx_leaves_theta_alone():
    """Perturb COPIES of theta (np.copy); theta_plus = theta would change the caller's vector."""
    J, _ = quadratic(7, 5)
    theta = np.random.default_rng(8).normal(size=(5, 1))
    before = theta.copy()
    sub.gradient_approx(J, theta, 1e-3)
    expect(theta, before, "theta after gradient_approx", rtol=0, atol=0)


@pytest.mark.parametrize("seed, n", [(9, 3), (10, 8), (11, 20)])
def test_relative_difference_random(seed, n):
    """||grad - gradapprox|| / (||grad|| + ||gradapprox||): Euclidean norms, not squared."""
    rng = np.random.default_rng(seed)
    grad = rng.normal(size=(n, 1))
    approx = grad + rng.normal(0, 10.0 ** -rng.integers(1, 8), size=(n, 1))
    expected = np.sqrt(np.sum((grad - approx) ** 2)) / (
        np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(approx ** 2)))
    expect(sub.relative_difference(grad, approx), float(expected), "relative_difference", rtol=1e-7)


def test_relative_difference_landmarks():
    """Equal vectors give 0; opposite vectors, or one of them zero, give exactly 1."""
    g = np.array([[3.0], [-4.0], [0.5]])
    expect(sub.relative_difference(g, g.copy()), 0.0, "relative_difference(g, g)")
    expect(sub.relative_difference(g, -g), 1.0, "relative_difference(g, -g)")
    expect(sub.relative_difference(g, np.zeros((3, 1))), 1.0, "relative_difference(g, 0)")
    expect(sub.relative_difference(np.zeros((3, 1)), g), 1.0, "relative_difference(0, g)")


def test_relative_difference_ignores_scale():
    """Scaling both gradients by 1000 must not change the verdict: the measure is RELATIVE."""
    rng = np.random.default_rng(12)
    g = rng.normal(size=(6, 1))
    a = g + rng.normal(0, 1e-4, size=(6, 1))
    expected = reference().relative_difference(g.copy(), a.copy())
    expect(sub.relative_difference(1000 * g, 1000 * a), expected, "relative_difference(1000 g, 1000 a)")
    expect(sub.relative_difference(g / 1000, a / 1000), expected, "relative_difference(g/1000, a/1000)")
