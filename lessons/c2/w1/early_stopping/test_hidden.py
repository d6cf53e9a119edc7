"""Hidden tests: noisy U-shaped dev curves of other lengths, patiences and tolerances."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def u_curve(seed, epochs):
    """A dev error that falls, bottoms out and climbs again, with noise on top."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 1, epochs)
    bottom = rng.uniform(0.3, 0.6)
    return 0.2 + 0.8 * (t - bottom) ** 2 + rng.normal(0, 0.01, size=epochs)


@pytest.mark.parametrize("seed, epochs, patience", [(1, 40, 3), (2, 60, 5), (3, 25, 2),
                                                    (4, 80, 8), (5, 50, 1)])
def test_early_stopping_noisy_curves(seed, epochs, patience):
    """Count the epochs in a row without a new best; reset the count on every new best."""
    curve = u_curve(seed, epochs)
    expected = reference().early_stopping(curve.copy(), patience)
    expect(sub.early_stopping(curve, patience), expected,
           f"early_stopping(curve of {epochs} epochs, patience={patience})")


def test_early_stopping_keeps_the_best_weights_not_the_last():
    """The weights kept are those of the best epoch BEFORE the stop, not of the stop epoch."""
    curve = [0.9, 0.7, 0.6, 0.65, 0.66, 0.67, 0.68]
    expect(sub.early_stopping(curve, patience=4), (2, 6), "early_stopping(curve, patience=4)")


def test_early_stopping_cannot_see_the_future():
    """Epochs after the stop never happen: a lower error later on must not be chosen."""
    curve = [0.8, 0.6, 0.5, 0.55, 0.56, 0.57, 0.3, 0.2]
    expect(sub.early_stopping(curve, patience=3), (2, 5), "early_stopping(curve, patience=3)")


def test_early_stopping_counts_in_a_row():
    """A new best resets the counter: only CONSECUTIVE bad epochs count towards patience."""
    curve = [0.8, 0.81, 0.7, 0.71, 0.6, 0.61, 0.5, 0.51, 0.4, 0.41]
    expect(sub.early_stopping(curve, patience=2), (8, 9), "early_stopping(zigzag, patience=2)")


def test_early_stopping_plateau_is_not_progress():
    """An equal error is not an improvement: compare with a strict <, so a plateau runs out."""
    curve = [0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4]
    expect(sub.early_stopping(curve, patience=3), (1, 4), "early_stopping(plateau, patience=3)")


def test_early_stopping_stops_exactly_at_patience():
    """Stop on the epoch where the count of bad epochs REACHES patience, not one later."""
    curve = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    for patience in (1, 2, 4):
        expect(sub.early_stopping(curve, patience), (0, patience),
               f"early_stopping(rising curve, patience={patience})")


@pytest.mark.parametrize("min_delta", [0.005, 0.02, 0.05])
def test_early_stopping_min_delta(min_delta):
    """An improvement must beat the best error by MORE than min_delta: error < best - min_delta."""
    curve = u_curve(11, 60)
    expected = reference().early_stopping(curve.copy(), 4, min_delta)
    expect(sub.early_stopping(curve, 4, min_delta), expected,
           f"early_stopping(curve, patience=4, min_delta={min_delta})")


def test_early_stopping_never_triggered():
    """If the dev error keeps improving, training runs to the last epoch and keeps it."""
    curve = list(np.linspace(1.0, 0.1, 12))
    expect(sub.early_stopping(curve, patience=2), (11, 11), "early_stopping(falling curve)")
