"""Hidden tests: fresh error tables, compared with the definitions of the two gaps."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_errors(rng):
    human = float(rng.uniform(0.0, 0.2))
    train = human + float(rng.uniform(0.0, 0.1))
    dev = train + float(rng.uniform(0.0, 0.1))
    return human, train, dev


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_bias_and_variance_random(seed):
    """Avoidable bias is train - HUMAN (not train alone); variance is dev - TRAIN."""
    human, train, dev = random_errors(np.random.default_rng(seed))
    expect(sub.bias_and_variance(human, train, dev), (train - human, dev - train),
           f"bias_and_variance({human:.4f}, {train:.4f}, {dev:.4f})")


def test_bias_and_variance_noisy_task():
    """On a hard task where people make 30% errors, a 31% training error is almost no bias."""
    expect(sub.bias_and_variance(0.30, 0.31, 0.40), (0.01, 0.09),
           "bias_and_variance(0.30, 0.31, 0.40)")


def test_bias_and_variance_add_up():
    """The two gaps together make up the whole distance from human level to the dev error."""
    human, train, dev = 0.04, 0.09, 0.16
    bias, variance = sub.bias_and_variance(human, train, dev)
    expect(bias + variance, dev - human, "avoidable_bias + variance")
    expect(variance, dev - train, "variance (the second value)")


@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15, 16])
def test_focus_random(seed):
    """Work on the BIGGER gap: compare train - human with dev - train."""
    rng = np.random.default_rng(seed)
    for _ in range(5):
        human, train, dev = random_errors(rng)
        expect(sub.focus(human, train, dev), reference().focus(human, train, dev),
               f"focus({human:.4f}, {train:.4f}, {dev:.4f})")


def test_focus_high_human_error():
    """A high training error is fine when people do just as badly: look at the GAP to human."""
    expect(sub.focus(0.30, 0.31, 0.40), "variance", "focus(0.30, 0.31, 0.40)")


def test_focus_tie_goes_to_bias():
    """When the two gaps are exactly equal, fix the training fit first: "bias"."""
    expect(sub.focus(0.125, 0.25, 0.375), "bias", "focus(0.125, 0.25, 0.375)")


def test_focus_values():
    """The answer is one of the two strings "bias" or "variance"."""
    expect(sub.focus(0.0, 0.2, 0.21), "bias", "focus(0.0, 0.2, 0.21)")
    expect(sub.focus(0.0, 0.01, 0.2), "variance", "focus(0.0, 0.01, 0.2)")


def growing_models(rng, steps):
    """Training error falls and the dev gap widens as the model grows."""
    human = float(rng.uniform(0.0, 0.08))
    train = human + np.sort(rng.uniform(0.0, 0.25, size=steps))[::-1]
    dev = train + np.sort(rng.uniform(0.0, 0.08, size=steps))
    return human, train, dev


@pytest.mark.parametrize("seed, steps", [(21, 4), (22, 7), (23, 10), (24, 15), (25, 30)])
def test_first_variance_step_random(seed, steps):
    """Compare the two gaps at EVERY step (train - human against dev - train) and return the
    first index where variance is strictly bigger."""
    human, train, dev = growing_models(np.random.default_rng(seed), steps)
    over = np.flatnonzero((dev - train) > (train - human))
    expected = int(over[0]) if over.size else None
    expect(sub.first_variance_step(human, train.copy(), dev.copy()), expected,
           "first_variance_step(human_error, train_errors, dev_errors)")


def test_first_variance_step_never():
    """If bias stays the bigger gap at every step, the answer is None (np.argmax would say 0)."""
    train = np.array([0.3, 0.2, 0.15])
    dev = np.array([0.31, 0.22, 0.18])
    expect(sub.first_variance_step(0.01, train, dev), None, "first_variance_step, bias throughout")


def test_first_variance_step_tie_is_not_enough():
    """Variance must be STRICTLY bigger: at a tie, bias still counts as the bigger problem."""
    train = np.array([0.5, 0.25, 0.1875])
    dev = np.array([0.5625, 0.375, 0.3125])
    expect(sub.first_variance_step(0.125, train, dev), 2, "first_variance_step with a tie at 1")


def test_first_variance_step_uses_human_level():
    """The avoidable bias is measured from human level: with human error 0.1, a train error
    of 0.12 leaves only 0.02 of avoidable bias."""
    train = np.array([0.3, 0.12, 0.11])
    dev = np.array([0.32, 0.16, 0.2])
    expect(sub.first_variance_step(0.1, train, dev), 1, "first_variance_step(0.1, ...)")


def test_first_variance_step_leaves_inputs_alone():
    """Do not subtract in place (train_errors -= ...): the caller's arrays must not change."""
    human, train, dev = growing_models(np.random.default_rng(26), 8)
    copies = (train.copy(), dev.copy())
    sub.first_variance_step(human, train, dev)
    expect(train, copies[0], "train_errors after first_variance_step")
    expect(dev, copies[1], "dev_errors after first_variance_step")
