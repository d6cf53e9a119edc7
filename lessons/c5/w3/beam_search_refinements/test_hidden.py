"""Hidden tests: random scores, lengths and exponents."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,alpha", [(1, 0.7), (2, 0.5), (3, 0.3), (4, 0.9)])
def test_normalized_score_random(seed, alpha):
    """Divide the total log-probability by T_y raised to the power alpha: log_prob / T_y**alpha."""
    rng = np.random.default_rng(seed)
    for _ in range(5):
        T_y = int(rng.integers(2, 15))
        log_prob = float(-rng.uniform(0.1, 2.0) * T_y)
        expect(sub.normalized_score(log_prob, T_y, alpha), log_prob / T_y ** alpha,
               f"normalized_score({log_prob:.3f}, {T_y}, {alpha})")


def test_normalized_score_extremes():
    """alpha = 0 leaves the log-probability as it is; alpha = 1 gives the average log-probability per word."""
    expect(sub.normalized_score(-3.3, 6, 0.0), -3.3, "normalized_score(-3.3, 6, 0.0)")
    expect(sub.normalized_score(-3.3, 6, 1.0), -0.55, "normalized_score(-3.3, 6, 1.0)")


def random_candidates(seed, n):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        T_y = int(rng.integers(2, 12))
        sentence = tuple(int(w) for w in rng.integers(2, 30, T_y - 1)) + (1,)
        out.append((sentence, float(-rng.uniform(0.2, 1.5) * T_y)))
    return out


@pytest.mark.parametrize("seed,n,alpha", [(5, 6, 0.7), (6, 10, 1.0), (7, 4, 0.0), (8, 8, 0.5)])
def test_pick_best_random(seed, n, alpha):
    """Score every candidate with normalized_score(log_prob, len(sentence), alpha) and return the HIGHEST."""
    candidates = random_candidates(seed, n)
    expected = reference().pick_best(list(candidates), alpha)
    expect(sub.pick_best(candidates, alpha), expected, f"pick_best(candidates, {alpha})")


def test_pick_best_normalization_changes_the_winner():
    """Without normalization short sentences win; with it a longer sentence with better words per step can win."""
    short, long_ = (5, 1), (5, 6, 7, 8, 9, 1)
    candidates = [(short, -1.5), (long_, -2.4)]
    expect(sub.pick_best(candidates, 0.0), (short, -1.5), "pick_best(candidates, 0.0)")
    expect(sub.pick_best(candidates, 1.0), (long_, -0.4), "pick_best(candidates, 1.0)")
