"""Hidden tests: fresh tables, sentences and seeds, compared with the reference and with formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _table(seed, size, n_e):
    rng = np.random.default_rng(seed)
    return {f"w{j}": rng.normal(size=n_e) for j in range(size)}


@pytest.mark.parametrize("seed,n_e,length", [(1, 3, 6), (5, 7, 12), (9, 5, 1)])
def test_sentence_to_avg_random(seed, n_e, length):
    """Lowercase the sentence, keep the words found in the table, and divide their sum by HOW MANY were found."""
    table = _table(seed, 10, n_e)
    rng = np.random.default_rng(seed + 1)
    words = [f"w{j}" if j < 10 else "zzz" for j in rng.integers(0, 13, size=length)]
    words = [w.upper() if k % 3 == 0 else w for k, w in enumerate(words)] + ["unknownword"]
    sentence = " ".join(words)
    expected = reference().sentence_to_avg(sentence, {w: e.copy() for w, e in table.items()})
    expect(sub.sentence_to_avg(sentence, table), expected, "sentence_to_avg(sentence, table)")


def test_sentence_to_avg_mean_not_sum():
    """Repeating a sentence twice does not change its average; an average of equal vectors is that vector."""
    table = _table(3, 4, 5)
    once = sub.sentence_to_avg("w0 w1 w2", table)
    expect(sub.sentence_to_avg("w0 w1 w2 w0 w1 w2", table), once, "average of the doubled sentence")
    expect(sub.sentence_to_avg("w3 w3 w3 Foo", table), table["w3"], "average of 'w3 w3 w3 Foo'")


def test_sentence_to_avg_case_insensitive():
    """'Good' and 'good' are the same word: lowercase the sentence before looking words up."""
    table = {"good": np.array([1.0, 0.0]), "food": np.array([0.0, 2.0])}
    expect(sub.sentence_to_avg("GOOD Food", table), np.array([0.5, 1.0]), "sentence_to_avg('GOOD Food')")


@pytest.mark.parametrize("seed,n_e,n_y,m", [(2, 4, 3, 5), (7, 6, 5, 2), (11, 3, 2, 1)])
def test_sentiment_probabilities_random(seed, n_e, n_y, m):
    """softmax(W avgs + b) down each COLUMN (axis 0), with the bias b added before the softmax."""
    rng = np.random.default_rng(seed)
    avgs, W, b = rng.normal(size=(n_e, m)), rng.normal(size=(n_y, n_e)), rng.normal(size=(n_y, 1))
    z = W @ avgs + b
    expected = np.exp(z) / np.exp(z).sum(axis=0, keepdims=True)
    expect(sub.sentiment_probabilities(avgs, W, b), expected, "sentiment_probabilities(avgs, W, b)")


def test_sentiment_probabilities_columns_sum_to_one():
    """Each sentence gets a probability distribution over the classes: every column sums to 1."""
    rng = np.random.default_rng(4)
    a = np.asarray(sub.sentiment_probabilities(rng.normal(size=(4, 6)), rng.normal(size=(3, 4)) * 3,
                                               rng.normal(size=(3, 1))))
    assert a.shape == (3, 6), f"expected shape (3, 6), got {a.shape}"
    expect(a.sum(axis=0), np.ones(6), "the column sums")
