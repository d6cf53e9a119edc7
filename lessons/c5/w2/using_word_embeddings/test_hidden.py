"""Hidden tests: fresh vocabularies, sizes and seeds, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _vocab(rng, size):
    words = [f"w{j}" for j in range(size - 1)]
    words.insert(int(rng.integers(1, size)), "<unk>")   # never at position 0
    return words


@pytest.mark.parametrize("seed,n_e,size,T", [(1, 3, 8, 5), (7, 6, 20, 11), (42, 5, 12, 1)])
def test_embed_sentence_random(seed, n_e, size, T):
    """Column t of X is the column of E for words[t]: X has shape (n_e, T), one COLUMN per word."""
    rng = np.random.default_rng(seed)
    vocab = _vocab(rng, size)
    E = rng.normal(size=(n_e, size))
    words = [vocab[j] for j in rng.integers(0, size, size=T)]
    expected = reference().embed_sentence(list(words), list(vocab), E.copy())
    expect(sub.embed_sentence(words, vocab, E), expected, "embed_sentence(words, vocab, E)")


def test_embed_sentence_unknown_words_use_unk_column():
    """Every word missing from vocab gets the column of "<unk>" (wherever it sits), never dropped."""
    rng = np.random.default_rng(5)
    vocab = ["cat", "sat", "<unk>", "on", "mat"]
    E = rng.normal(size=(3, 5))
    words = ["the", "cat", "sat", "on", "a", "mat"]
    result = sub.embed_sentence(words, vocab, E)
    assert np.shape(result) == (3, 6), f"six words give six columns: expected (3, 6), got {np.shape(result)}"
    expect(result, E[:, [2, 0, 1, 3, 2, 4]], "embed_sentence(words, vocab, E)")


def test_embed_sentence_equals_E_times_one_hot():
    """Indexing a column of E is the same as E @ o_j: the two must agree word by word."""
    rng = np.random.default_rng(9)
    vocab = ["<unk>", "a", "b", "c", "d", "e", "f"]
    E = rng.normal(size=(4, 7))
    words = ["f", "a", "c", "c"]
    expected = np.hstack([E @ np.eye(7)[:, [vocab.index(w)]] for w in words])
    expect(sub.embed_sentence(words, vocab, E), expected, "embed_sentence(words, vocab, E)")


@pytest.mark.parametrize("seed,n_e,T", [(2, 4, 7), (13, 9, 3), (21, 5, 1)])
def test_tag_probabilities_random(seed, n_e, T):
    """p = sigmoid(w^T X + b), shape (1, T): the weights, then the bias, then the sigmoid."""
    rng = np.random.default_rng(seed)
    X, w, b = rng.normal(size=(n_e, T)), rng.normal(size=(n_e, 1)), float(rng.normal())
    expected = 1 / (1 + np.exp(-(w.T @ X + b)))
    expect(sub.tag_probabilities(X, w, b), expected, "tag_probabilities(X, w, b)")


def test_tag_probabilities_bias_only():
    """With w = 0 every word gets sigmoid(b): for b = 2 that is 0.8808; do not forget the bias."""
    X = np.ones((3, 4))
    expect(sub.tag_probabilities(X, np.zeros((3, 1)), 2.0),
           np.full((1, 4), 1 / (1 + np.exp(-2.0))), "tag_probabilities(X, 0, 2)")


def test_tag_probabilities_transfers_to_similar_words():
    """A tagger tuned on one sentence gives near-equal scores to words with near-equal vectors."""
    ref = reference()
    w, b = np.array([[6.0], [-1.0], [-2.0], [-1.0]]), -3.0
    p = np.asarray(sub.tag_probabilities(ref.E, w, b))
    assert p.shape == (1, ref.E.shape[1]), f"expected shape (1, {ref.E.shape[1]}), got {p.shape}"
    expect(p, ref.tag_probabilities(ref.E, w, b), "tag_probabilities(E, w, b)")
