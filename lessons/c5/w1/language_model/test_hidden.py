"""Hidden tests: other vocabularies and sentences, long sentences, and properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [(5, 7, 1), (12, 4, 2), (3, 9, 3), (8, 1, 4)]


def _model(n_v, seed):
    rng = np.random.default_rng(seed)
    start = rng.dirichlet(np.ones(n_v))
    table = rng.dirichlet(np.ones(n_v), size=n_v).T      # columns sum to 1, not symmetric
    return rng, start, table


@pytest.mark.parametrize("n_v, T_y, seed", CASES)
def test_predicted_distributions_random(n_v, T_y, seed):
    """Column 0 is `start`; column t > 0 is the table COLUMN of the PREVIOUS word,
    table[:, indices[t - 1]] (the model never sees the word it is predicting)."""
    rng, start, table = _model(n_v, seed)
    indices = [int(i) for i in rng.integers(0, n_v, size=T_y)]
    expected = reference().predicted_distributions(list(indices), start.copy(), table.copy())
    expect(sub.predicted_distributions(indices, start, table), expected,
           "predicted_distributions(indices, start, table)")


def test_predicted_distributions_columns_are_distributions():
    """Every column of y_hat is a probability distribution (it sums to 1), of shape
    (n_v, T_y)."""
    rng, start, table = _model(6, 7)
    indices = [int(i) for i in rng.integers(0, 6, size=10)]
    y_hat = sub.predicted_distributions(indices, start, table)
    expect(y_hat.shape, (6, 10), "y_hat.shape")
    expect(y_hat.sum(axis=0), np.ones(10), "the column sums of y_hat")


@pytest.mark.parametrize("n_v, T_y, seed", CASES)
def test_word_probabilities_random(n_v, T_y, seed):
    """p[t] is the entry of column t in the row of the word that ACTUALLY came, indices[t]: not
    the largest entry of the column."""
    rng = np.random.default_rng(seed + 20)
    y_hat = rng.dirichlet(np.ones(n_v), size=T_y).T
    indices = [int(i) for i in rng.integers(0, n_v, size=T_y)]
    expected = reference().word_probabilities(y_hat.copy(), list(indices))
    expect(sub.word_probabilities(y_hat, indices), expected, "word_probabilities(y_hat, indices)")


@pytest.mark.parametrize("n_v, T_y, seed", CASES)
def test_sentence_log_probability_random(n_v, T_y, seed):
    """log P(sentence) is the SUM over all steps of the natural log of each word's
    probability (not their mean, not log10)."""
    rng = np.random.default_rng(seed + 40)
    y_hat = rng.dirichlet(np.ones(n_v), size=T_y).T
    indices = [int(i) for i in rng.integers(0, n_v, size=T_y)]
    expected = reference().sentence_log_probability(y_hat.copy(), list(indices))
    expect(sub.sentence_log_probability(y_hat, indices), expected,
           "sentence_log_probability(y_hat, indices)", strict_type=True)


def test_sentence_log_probability_long_sentence():
    """A 400-word sentence at probability 0.1 per word has P = 1e-400, below the smallest float:
    multiplying first underflows to 0 and log(0) = -inf. Add the logs instead."""
    T_y, n_v = 400, 10
    y_hat = np.full((n_v, T_y), 0.1)
    indices = [t % n_v for t in range(T_y)]
    expect(sub.sentence_log_probability(y_hat, indices), float(T_y * np.log(0.1)),
           "sentence_log_probability(400 words at 0.1)")


def test_sentence_log_probability_is_log_of_product():
    """For a short sentence, exp(log P) equals the product of the word probabilities, and
    log P is never positive."""
    y_hat = np.array([[0.2, 0.6, 0.3], [0.5, 0.1, 0.3], [0.3, 0.3, 0.4]])
    log_p = sub.sentence_log_probability(y_hat, [1, 0, 2])
    expect(float(np.exp(log_p)), 0.5 * 0.6 * 0.4, "exp(sentence_log_probability)")
    assert log_p <= 0, "a probability is at most 1, so its log is at most 0"
