"""Hidden tests: fresh sizes and seeds, compared with the reference and with exact properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("index,vocab_size", [(0, 5), (4, 5), (7, 10), (123, 1000)])
def test_one_hot_matches_reference(index, vocab_size):
    """A column of shape (vocab_size, 1) with a single 1.0 in row `index` (count from 0)."""
    expect(sub.one_hot(index, vocab_size), reference().one_hot(index, vocab_size),
           f"one_hot({index}, {vocab_size})")


def test_one_hot_selects_a_column():
    """E @ o_j must pick out column j of E: that only works with a (vocab_size, 1) column."""
    E = np.arange(24, dtype=float).reshape(4, 6)
    expect(E @ sub.one_hot(5, 6), E[:, [5]], "E @ one_hot(5, 6)")


def test_one_hot_sums_to_one():
    """Exactly one entry is 1 and every other entry is 0."""
    o = np.asarray(sub.one_hot(2, 9))
    assert o.shape == (9, 1), f"expected shape (9, 1), got {o.shape}"
    assert o.sum() == 1.0 and o[2, 0] == 1.0, "the single 1 belongs in row 2"


@pytest.mark.parametrize("seed,n", [(1, 4), (7, 9), (42, 50)])
def test_cosine_similarity_random(seed, n):
    """Divide the dot product by BOTH lengths ||u|| and ||v|| (square roots of the sums of squares)."""
    rng = np.random.default_rng(seed)
    u, v = rng.normal(size=n), rng.normal(size=n) * 3
    expected = float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))
    expect(sub.cosine_similarity(u, v), expected, "cosine_similarity(u, v)")


def test_cosine_similarity_ignores_length():
    """Stretching a vector does not change its direction: cos(u, 5v) = cos(u, v), cos(u, u) = 1."""
    u, v = np.array([0.3, -1.2, 2.0, 0.5]), np.array([1.5, 0.4, -0.7, 2.2])
    expect(sub.cosine_similarity(u, 5 * v), sub.cosine_similarity(u, v) * 1.0,
           "cosine_similarity(u, 5 v)")
    expect(sub.cosine_similarity(3 * u, 3 * u), 1.0, "cosine_similarity(3u, 3u)")
    expect(sub.cosine_similarity(u, -2 * u), -1.0, "cosine_similarity(u, -2u)")


def test_cosine_similarity_on_columns():
    """Works on (n, 1) columns too, and returns a plain Python float."""
    F = reference().FEATURES
    result = sub.cosine_similarity(F[:, [4]], F[:, [5]])
    assert isinstance(result, float), f"expected a Python float, got {type(result).__name__}"
    expect(result, reference().cosine_similarity(F[:, 4], F[:, 5]), "cosine(apple, orange)")
