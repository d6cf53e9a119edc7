"""Hidden tests: other functions, points and nudges; power laws with other orders and noise."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

FUNCTIONS = {
    "sin": (np.sin, np.cos),
    "exp": (np.exp, np.exp),
    "quartic": (lambda t: 0.5 * t ** 4 - t, lambda t: 2 * t ** 3 - 1),
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@pytest.mark.parametrize("epsilon", [0.3, 1e-2, 1e-4])
def test_two_sided_difference_formula(name, epsilon):
    """Evaluate f on BOTH sides of theta and divide the difference by the full width 2 * epsilon."""
    f = FUNCTIONS[name][0]
    theta = np.random.default_rng(len(name)).uniform(-2, 2, size=(2, 5))
    expected = (f(theta + epsilon) - f(theta - epsilon)) / (2 * epsilon)
    expect(sub.two_sided_difference(f, theta.copy(), epsilon), expected,
           f"two_sided_difference({name}, theta, {epsilon})", rtol=1e-9)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_two_sided_difference_is_close_to_the_derivative(name):
    """With a small epsilon the two-sided estimate is within about epsilon^2 of the true slope."""
    f, df = FUNCTIONS[name]
    theta = np.linspace(-1.5, 1.5, 7)
    expect(sub.two_sided_difference(f, theta, 1e-3), df(theta),
           f"two_sided_difference({name}, theta, 1e-3)", rtol=1e-5, atol=1e-5)


def test_two_sided_difference_default_and_quadratics():
    """The default epsilon is 0.01, and for a quadratic the two-sided difference is exact."""
    theta = np.array([[-3.0, 0.5], [2.0, 7.0]])
    expect(sub.two_sided_difference(lambda t: 4 * t ** 2 - 3 * t + 1, theta), 8 * theta - 3,
           "two_sided_difference(quadratic, theta)", rtol=1e-9)
    expect(sub.two_sided_difference(np.sin, 0.4), float((np.sin(0.41) - np.sin(0.39)) / 0.02),
           "two_sided_difference(sin, 0.4) with the default epsilon", rtol=1e-9)


def test_two_sided_difference_error_shrinks_like_epsilon_squared():
    """Halving epsilon must divide the error by about 4 (one-sided would only halve it)."""
    errors = [abs(sub.two_sided_difference(np.exp, 0.7, eps) - np.exp(0.7)) for eps in (0.2, 0.1)]
    expect(errors[0] / errors[1], 4.0, "error(0.2) / error(0.1)", rtol=0.02)


@pytest.mark.parametrize("p, seed", [(1.0, 1), (2.0, 2), (3.0, 3), (0.5, 4)])
def test_error_order_power_laws(p, seed):
    """The order is the SLOPE of log(error) against log(epsilon), not its inverse or intercept."""
    rng = np.random.default_rng(seed)
    epsilons = 10.0 ** -np.arange(1, 5 + seed % 3)
    errors = rng.uniform(0.2, 30) * epsilons ** p
    expect(sub.error_order(list(epsilons), list(errors)), p, f"error_order for C * eps^{p}",
           rtol=1e-6)


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_error_order_least_squares_on_noisy_errors(seed):
    """Fit ONE least-squares line through all the (log eps, log error) points (np.polyfit, degree 1)."""
    rng = np.random.default_rng(seed)
    epsilons = np.geomspace(0.3, 1e-4, 9)
    errors = 2.5 * epsilons ** 2 * np.exp(rng.normal(0, 0.3, size=9))
    expected = reference().error_order(epsilons.copy(), errors.copy())
    expect(sub.error_order(epsilons, errors), expected, "error_order(noisy errors)", rtol=1e-6)


def test_error_order_of_real_estimates():
    """Measured on sin at 1.2: the one-sided estimate has order about 1, the two-sided about 2."""
    epsilons = np.array([0.2, 0.1, 0.05, 0.025])
    one = np.abs((np.sin(1.2 + epsilons) - np.sin(1.2)) / epsilons - np.cos(1.2))
    two = np.abs((np.sin(1.2 + epsilons) - np.sin(1.2 - epsilons)) / (2 * epsilons) - np.cos(1.2))
    expect(sub.error_order(epsilons, one), float(np.polyfit(np.log(epsilons), np.log(one), 1)[0]),
           "error_order(one-sided errors)", rtol=1e-6)
    expect(sub.error_order(epsilons, two), float(np.polyfit(np.log(epsilons), np.log(two), 1)[0]),
           "error_order(two-sided errors)", rtol=1e-6)
