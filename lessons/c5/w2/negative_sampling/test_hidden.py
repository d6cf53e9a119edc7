"""Hidden tests: fresh counts, seeds and sizes, compared with the reference and with formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _counts(seed, size):
    return np.random.default_rng(seed).integers(1, 1000, size=size).astype(float)


@pytest.mark.parametrize("seed,size", [(1, 6), (5, 25), (9, 2)])
def test_negative_sampling_distribution_random(seed, size):
    """Raise each COUNT to the power 3/4 first, then divide by the sum of those powered counts."""
    counts = _counts(seed, size)
    expected = counts ** 0.75 / np.sum(counts ** 0.75)
    expect(sub.negative_sampling_distribution(counts.copy()), expected,
           "negative_sampling_distribution(counts)")


def test_negative_sampling_distribution_flattens():
    """The 3/4 power lifts rare words: a 16x rarer word is only 8x less likely. It is a distribution."""
    P = np.asarray(sub.negative_sampling_distribution(np.array([16.0, 1.0])))
    expect(P, np.array([8.0, 1.0]) / 9.0, "negative_sampling_distribution([16, 1])")
    expect(float(np.sum(P)), 1.0, "sum of P")


@pytest.mark.parametrize("seed,size,k", [(3, 10, 5), (11, 40, 20), (21, 3, 1)])
def test_sample_negatives_seeded(seed, size, k):
    """Use rng = np.random.default_rng(seed) and rng.choice(vocab_size, size=k, p=P) with the 3/4 distribution."""
    counts = _counts(seed, size)
    expected = reference().sample_negatives(counts.copy(), k, seed)
    result = np.asarray(sub.sample_negatives(counts, k, seed))
    assert result.tolist() == expected.tolist(), f"expected {expected.tolist()}, got {result.tolist()}"


def test_sample_negatives_follow_the_distribution():
    """Over many draws, each word's share of the negatives approaches counts^(3/4) / sum."""
    counts = np.array([1.0, 10.0, 100.0, 1000.0, 10000.0])
    draws = np.asarray(sub.sample_negatives(counts, 20000, 4))
    share = np.bincount(draws, minlength=5) / 20000
    expect(share, counts ** 0.75 / np.sum(counts ** 0.75), "share of each word", atol=0.01, rtol=0)


@pytest.mark.parametrize("seed,n_e,k", [(2, 4, 5), (8, 10, 3), (15, 3, 1)])
def test_negative_sampling_loss_random(seed, n_e, k):
    """-log sigmoid(theta_pos . e_c) minus the SUM over negatives of log sigmoid(MINUS theta_neg_i . e_c)."""
    rng = np.random.default_rng(seed)
    e_c, theta_pos, theta_neg = rng.normal(size=n_e), rng.normal(size=n_e), rng.normal(size=(n_e, k))
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    expected = float(-np.log(s(theta_pos @ e_c)) - np.sum(np.log(s(-(theta_neg.T @ e_c)))))
    expect(sub.negative_sampling_loss(e_c, theta_pos, theta_neg), expected,
           "negative_sampling_loss(e_c, theta_pos, theta_neg)")


def test_negative_sampling_loss_all_zero_scores():
    """With every score 0, each of the k + 1 classifiers says 1/2: the loss is (k + 1) log 2."""
    loss = sub.negative_sampling_loss(np.zeros(3), np.ones(3), np.ones((3, 4)))
    expect(loss, 5 * float(np.log(2)), "loss with all scores 0 and k = 4")
