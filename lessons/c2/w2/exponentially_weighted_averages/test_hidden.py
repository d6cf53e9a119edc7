"""Hidden tests: other series, lengths and betas, and the properties of the unrolled weights."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [(1, 30, 0.9), (2, 7, 0.5), (3, 100, 0.98), (4, 12, 0.0), (5, 1, 0.9)]


def series(seed, T):
    """A noisy seasonal temperature curve."""
    rng = np.random.default_rng(seed)
    days = np.arange(T)
    return 15 + 10 * np.sin(days / 20) + rng.normal(0, 3, size=T)


def recursion(theta, beta):
    v, out = 0.0, []
    for value in theta:
        v = beta * v + (1 - beta) * value
        out.append(v)
    return np.array(out)


@pytest.mark.parametrize("seed, T, beta", CASES)
def test_exponentially_weighted_average_random(seed, T, beta):
    """Start from v_0 = 0; v_t = beta * v_(t-1) + (1 - beta) * theta_t, one value per day."""
    theta = series(seed, T)
    expected = recursion(theta.copy(), beta)
    expect(sub.exponentially_weighted_average(theta, beta), expected,
           f"exponentially_weighted_average(theta of {T} days, {beta})")


def test_exponentially_weighted_average_first_value():
    """v_1 = (1 - beta) * theta_1 because v_0 = 0: the average starts low, not at theta_1."""
    theta = np.array([25.0, 25.0, 25.0])
    v = sub.exponentially_weighted_average(theta, 0.8)
    expect(v[0], 5.0, "v_1 for theta_1 = 25, beta = 0.8")


def test_exponentially_weighted_average_constant_series():
    """For a constant c, v_t = c * (1 - beta^t): the old values weigh beta, the new one 1 - beta."""
    t = np.arange(1, 21)
    expect(sub.exponentially_weighted_average(np.full(20, 4.0), 0.7), 4.0 * (1 - 0.7 ** t),
           "exponentially_weighted_average(twenty 4.0s, 0.7)")


def test_exponentially_weighted_average_beta_zero_is_the_series():
    """With beta = 0 nothing is remembered: v_t = theta_t exactly, on the same day."""
    theta = series(8, 9)
    expect(sub.exponentially_weighted_average(theta, 0.0), theta.copy(),
           "exponentially_weighted_average(theta, 0.0)")


def test_exponentially_weighted_average_matches_the_weights():
    """The last value v_T equals the sum of the weights (1 - beta) beta^(T-i) times theta_i."""
    theta = series(9, 15)
    expected = float(reference().ewa_weights(0.85, 15) @ theta)
    v = sub.exponentially_weighted_average(theta, 0.85)
    expect(v[-1], expected, "v_T")


def test_exponentially_weighted_average_leaves_theta_alone():
    """Write into a NEW array: v = theta would make v an alias, and theta would be overwritten."""
    theta = series(10, 11)
    before = theta.copy()
    sub.exponentially_weighted_average(theta, 0.9)
    expect(theta, before, "theta after exponentially_weighted_average")


@pytest.mark.parametrize("beta, t", [(0.9, 10), (0.5, 3), (0.98, 60), (0.0, 5), (0.7, 1)])
def test_ewa_weights_random(beta, t):
    """theta_i gets (1 - beta) * beta^(t - i): the newest value (i = t) gets 1 - beta."""
    i = np.arange(1, t + 1)
    expect(sub.ewa_weights(beta, t), (1 - beta) * beta ** (t - i), f"ewa_weights({beta}, {t})")


def test_ewa_weights_newest_is_largest():
    """Oldest first, newest last: the weights GROW towards the end of the array."""
    weights = sub.ewa_weights(0.8, 6)
    assert np.all(np.diff(weights) > 0), f"weights {weights} do not increase towards the newest"
    expect(weights[-1], 0.2, "the weight of the newest value")


def test_ewa_weights_sum():
    """The weights add up to 1 - beta^t, a little less than 1: the missing part is the v_0 = 0 start."""
    for beta, t in [(0.9, 5), (0.9, 40), (0.6, 8)]:
        expect(float(np.sum(sub.ewa_weights(beta, t))), 1 - beta ** t,
               f"sum(ewa_weights({beta}, {t}))")


def test_ewa_weights_effective_window():
    """1/(1 - beta) days back, the weight has shrunk by beta^(1/(1-beta)), about 1/e."""
    weights = sub.ewa_weights(0.9, 30)
    expect(weights[-11] / weights[-1], 0.9 ** 10, "weight 10 days back / weight today")
