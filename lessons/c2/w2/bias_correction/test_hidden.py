"""Hidden tests: other betas, steps and series; the corrected average of a constant is the constant."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("v_t, beta, t", [(0.5, 0.9, 1), (3.2, 0.99, 7), (-1.5, 0.5, 3),
                                          (4.0, 0.9, 60), (7.0, 0.0, 2)])
def test_bias_correct_numbers(v_t, beta, t):
    """Divide by 1 - beta^t: the power applies to beta alone, and t counts from 1."""
    expect(sub.bias_correct(v_t, beta, t), v_t / (1 - beta ** t),
           f"bias_correct({v_t}, {beta}, {t})")


@pytest.mark.parametrize("seed, shape", [(1, (3, 4)), (2, (5, 1)), (3, (2, 6))])
def test_bias_correct_arrays(seed, shape):
    """bias_correct works element by element on an array of any shape."""
    v_t = np.random.default_rng(seed).normal(size=shape)
    expect(sub.bias_correct(v_t, 0.999, seed + 1), v_t / (1 - 0.999 ** (seed + 1)),
           f"bias_correct(v_t of shape {shape}, 0.999, {seed + 1})")


def test_bias_correct_first_step_recovers_theta():
    """At t = 1, v_1 = (1 - beta) theta_1, so the corrected value is exactly theta_1."""
    for beta in (0.5, 0.9, 0.999):
        expect(sub.bias_correct((1 - beta) * 21.0, beta, 1), 21.0,
               f"bias_correct((1 - {beta}) * 21, {beta}, 1)")


def test_bias_correct_fades_away():
    """For large t, beta^t is tiny and the correction changes almost nothing."""
    expect(sub.bias_correct(12.0, 0.9, 200), 12.0, "bias_correct(12.0, 0.9, 200)", rtol=1e-6)


def series(seed, T):
    rng = np.random.default_rng(seed)
    return 20 + 5 * np.cos(np.arange(T) / 8) + rng.normal(0, 2, size=T)


@pytest.mark.parametrize("seed, T, beta", [(1, 25, 0.9), (2, 8, 0.5), (3, 80, 0.98),
                                           (4, 1, 0.9), (5, 40, 0.999)])
def test_bias_corrected_average_random(seed, T, beta):
    """Run the plain recursion from v_0 = 0 and divide each v_t by 1 - beta^t, t = 1 .. T."""
    theta = series(seed, T)
    expected = reference().bias_corrected_average(theta.copy(), beta)
    expect(sub.bias_corrected_average(theta, beta), expected,
           f"bias_corrected_average(theta of {T} days, {beta})")


@pytest.mark.parametrize("beta", [0.5, 0.9, 0.99])
def test_bias_corrected_average_constant(beta):
    """A constant series has a corrected average equal to that constant from the very first day."""
    expect(sub.bias_corrected_average(np.full(30, 6.5), beta), np.full(30, 6.5),
           f"bias_corrected_average(thirty 6.5s, {beta})")


def test_bias_corrected_average_first_day():
    """The first corrected value is theta_1 itself: t starts at 1, so there is no 1 - beta^0 = 0."""
    theta = series(6, 10)
    v_hat = sub.bias_corrected_average(theta, 0.9)
    expect(v_hat[0], theta[0], "v_hat on day 1")


def test_bias_corrected_average_is_a_weighted_mean():
    """Corrected v_t is the weighted mean of theta_1..theta_t with weights beta^(t-i) / sum of them."""
    theta = series(7, 12)
    weights = 0.8 ** np.arange(11, -1, -1)
    v_hat = sub.bias_corrected_average(theta, 0.8)
    expect(v_hat[-1], float(weights @ theta / weights.sum()), "v_hat on the last day")


def test_bias_corrected_average_leaves_theta_alone():
    """Build a new array for the result; theta must come back unchanged."""
    theta = series(8, 9)
    before = theta.copy()
    sub.bias_corrected_average(theta, 0.9)
    expect(theta, before, "theta after bias_corrected_average")
