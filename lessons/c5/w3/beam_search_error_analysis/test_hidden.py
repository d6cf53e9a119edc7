"""Hidden tests: random dev sets of several sizes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_attribute_error_random(seed):
    """Beam search is at fault exactly when P(y*|x) > P(yhat|x): the model preferred y* but the search missed it."""
    rng = np.random.default_rng(seed)
    for _ in range(20):
        p_star, p_hat = (float(v) for v in 10.0 ** rng.uniform(-14, -2, 2))
        expected = "beam search" if p_star > p_hat else "RNN"
        expect(sub.attribute_error(p_star, p_hat), expected, f"attribute_error({p_star:.3g}, {p_hat:.3g})")


def test_attribute_error_tie_blames_the_model():
    """If P(y*|x) == P(yhat|x) the model does not prefer y*: the RNN is to blame, not the search."""
    expect(sub.attribute_error(3e-7, 3e-7), "RNN", "attribute_error(3e-7, 3e-7)")


def test_attribute_error_both_large():
    """Compare the two probabilities with each other, whatever their size."""
    expect(sub.attribute_error(0.7, 0.9), "RNN", "attribute_error(0.7, 0.9)")
    expect(sub.attribute_error(0.02, 0.01), "beam search", "attribute_error(0.02, 0.01)")


@pytest.mark.parametrize("seed,m", [(4, 7), (5, 12), (6, 3), (7, 25)])
def test_error_fractions_random(seed, m):
    """Attribute every example (the last one too) and divide each count by the number of examples."""
    rng = np.random.default_rng(seed)
    p_stars = list(10.0 ** rng.uniform(-12, -3, m))
    p_hats = list(10.0 ** rng.uniform(-12, -3, m))
    p_hats[-1] = p_stars[-1] * (0.5 if seed % 2 else 2.0)
    expected = reference().error_fractions(list(p_stars), list(p_hats))
    got = sub.error_fractions(p_stars, p_hats)
    expect(got, expected, "error_fractions(p_stars, p_hats)")


def test_error_fractions_sum_to_one():
    """The result holds fractions of the examples, so the two values add up to 1."""
    got = sub.error_fractions([1e-5, 2e-6, 3e-9, 1e-3], [2e-5, 1e-6, 3e-10, 1e-2])
    expect(got["beam search"] + got["RNN"], 1.0, "fractions['beam search'] + fractions['RNN']")
