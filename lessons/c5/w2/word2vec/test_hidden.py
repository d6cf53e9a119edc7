"""Hidden tests: fresh sentences, sizes and seeds, compared with the reference and with formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,T,window", [(1, 6, 2), (4, 9, 3), (7, 3, 5), (10, 1, 2)])
def test_skipgram_pairs_random(seed, T, window):
    """Targets come from BOTH sides, up to `window` words away inclusive, never the context position itself."""
    indices = [int(i) for i in np.random.default_rng(seed).integers(0, 50, size=T)]
    expected = reference().skipgram_pairs(list(indices), window)
    result = sub.skipgram_pairs(indices, window)
    assert [tuple(p) for p in result] == expected, f"expected {expected}, got {result}"


def test_skipgram_pairs_count():
    """7 words, window 2: the two words at each end have fewer neighbours, 22 pairs in all."""
    result = sub.skipgram_pairs([10, 11, 12, 13, 14, 15, 16], 2)
    assert len(result) == 22, f"expected 22 pairs, got {len(result)}"
    assert all(c != t for c, t in result), "a position is never its own target"


@pytest.mark.parametrize("seed,n_e,vocab_size,m", [(2, 3, 8, 5), (9, 6, 15, 2), (17, 4, 5, 1)])
def test_skipgram_probabilities_random(seed, n_e, vocab_size, m):
    """p = softmax(theta^T e_c) down each COLUMN: exp, then divide by the column's sum (axis 0)."""
    rng = np.random.default_rng(seed)
    e_c, theta = rng.normal(size=(n_e, m)), rng.normal(size=(n_e, vocab_size))
    z = theta.T @ e_c
    expected = np.exp(z) / np.exp(z).sum(axis=0, keepdims=True)
    expect(sub.skipgram_probabilities(e_c, theta), expected, "skipgram_probabilities(e_c, theta)")


def test_skipgram_probabilities_are_distributions():
    """Every column of p is positive and sums to 1, whatever the size of the batch."""
    rng = np.random.default_rng(3)
    p = np.asarray(sub.skipgram_probabilities(rng.normal(size=(5, 6)), rng.normal(size=(5, 12))))
    assert p.shape == (12, 6), f"expected shape (12, 6), got {p.shape}"
    expect(p.sum(axis=0), np.ones(6), "the column sums of p")


@pytest.mark.parametrize("seed,vocab_size,m", [(5, 6, 4), (12, 10, 9), (19, 4, 1)])
def test_skipgram_loss_random(seed, vocab_size, m):
    """The MEAN over examples of -log of the probability given to the TRUE target (only that entry)."""
    rng = np.random.default_rng(seed)
    z = rng.normal(size=(vocab_size, m))
    p = np.exp(z) / np.exp(z).sum(axis=0, keepdims=True)
    targets = rng.integers(0, vocab_size, size=m)
    expected = float(-np.mean(np.log(p[targets, np.arange(m)])))
    expect(sub.skipgram_loss(p.copy(), targets), expected, "skipgram_loss(p, targets)")


def test_skipgram_loss_perfect_and_uniform():
    """A sure, correct prediction costs 0; a uniform guess over V words costs log V."""
    expect(sub.skipgram_loss(np.eye(3), np.array([0, 1, 2])), 0.0, "loss of perfect predictions")
    expect(sub.skipgram_loss(np.full((8, 2), 1 / 8), np.array([3, 5])), float(np.log(8)),
           "loss of uniform predictions")
