"""Hidden tests: other rates, epochs and intervals; properties of each schedule."""

import math

import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("alpha0, epoch, rate", [(0.1, 0, 1.0), (0.5, 2, 1.0), (0.01, 7, 0.3),
                                                 (0.2, 100, 0.05), (1.0, 3, 0.0)])
def test_decayed_learning_rate_values(alpha0, epoch, rate):
    """alpha0 / (1 + decay_rate * epoch_num): mind the parentheses around the denominator."""
    expect(sub.decayed_learning_rate(alpha0, epoch, rate), alpha0 / (1 + rate * epoch),
           f"decayed_learning_rate({alpha0}, {epoch}, {rate})")


def test_decayed_learning_rate_starts_at_alpha0():
    """At epoch 0 nothing has decayed yet: the rate is alpha0 itself (the 1 + avoids 0 / 0)."""
    expect(sub.decayed_learning_rate(0.07, 0, 2.0), 0.07, "decayed_learning_rate(0.07, 0, 2.0)")


def test_decayed_learning_rate_falls_like_one_over_epoch():
    """The rate falls like 1 / epoch, not exponentially: alpha(epoch 99) = alpha0 / (1 + 99 rate)."""
    expect(sub.decayed_learning_rate(1.0, 99, 1.0), 0.01, "decayed_learning_rate(1.0, 99, 1.0)")


@pytest.mark.parametrize("alpha0, epoch, base", [(0.1, 0, 0.95), (0.02, 5, 0.9), (1.0, 40, 0.99)])
def test_scheduled_learning_rate_exponential(alpha0, epoch, base):
    """exponential: alpha0 * decay_rate ** epoch_num, where decay_rate is the base (like 0.95)."""
    expect(sub.scheduled_learning_rate(alpha0, epoch, "exponential", base), alpha0 * base ** epoch,
           f"scheduled_learning_rate({alpha0}, {epoch}, 'exponential', {base})")


@pytest.mark.parametrize("alpha0, epoch, k", [(0.1, 1, 2.0), (0.05, 16, 0.5), (0.3, 50, 1.5)])
def test_scheduled_learning_rate_sqrt(alpha0, epoch, k):
    """sqrt: alpha0 * k / sqrt(epoch_num), with decay_rate playing the constant k."""
    expect(sub.scheduled_learning_rate(alpha0, epoch, "sqrt", k), alpha0 * k / math.sqrt(epoch),
           f"scheduled_learning_rate({alpha0}, {epoch}, 'sqrt', {k})")


@pytest.mark.parametrize("epoch, interval", [(0, 5), (4, 5), (5, 5), (14, 5), (99, 100),
                                             (100, 100), (250, 100), (7, 3)])
def test_scheduled_learning_rate_staircase(epoch, interval):
    """staircase: one drop every `interval` epochs: decay_rate ** floor(epoch_num / interval)."""
    expected = 0.4 * 0.5 ** (epoch // interval)
    expect(sub.scheduled_learning_rate(0.4, epoch, "staircase", 0.5, interval), expected,
           f"scheduled_learning_rate(0.4, {epoch}, 'staircase', 0.5, interval={interval})")


def test_scheduled_learning_rate_staircase_is_flat_between_drops():
    """The rate stays constant on each stair and jumps only when epoch_num reaches a multiple of interval."""
    rates = [sub.scheduled_learning_rate(0.2, e, "staircase", 0.1, 4) for e in range(12)]
    for e in range(12):
        expect(rates[e], 0.2 * 0.1 ** (e // 4), f"staircase rate at epoch {e}")


@pytest.mark.parametrize("alpha0, epoch, rate", [(0.1, 3, 1.0), (0.6, 20, 0.25)])
def test_scheduled_learning_rate_inverse(alpha0, epoch, rate):
    """inverse is the basic schedule alpha0 / (1 + decay_rate * epoch_num)."""
    expect(sub.scheduled_learning_rate(alpha0, epoch, "inverse", rate), alpha0 / (1 + rate * epoch),
           f"scheduled_learning_rate({alpha0}, {epoch}, 'inverse', {rate})")


def test_scheduled_learning_rate_unknown_method():
    """A method name that is not one of the four schedules raises a ValueError."""
    with pytest.raises(ValueError):
        sub.scheduled_learning_rate(0.1, 3, "cosine", 0.5)


def test_scheduled_learning_rate_never_increases():
    """Every schedule only ever lowers the rate as epochs pass (for decay_rate < 1 and k > 0)."""
    for method, decay_rate in [("inverse", 0.2), ("exponential", 0.9), ("sqrt", 1.0),
                               ("staircase", 0.5)]:
        rates = [sub.scheduled_learning_rate(0.1, e, method, decay_rate, 3) for e in range(1, 30)]
        rising = [e for e in range(len(rates) - 1) if rates[e + 1] > rates[e]]
        assert not rising, f"{method}: the rate rises after epoch {rising[0] + 1}: {rates[:8]} ..."
