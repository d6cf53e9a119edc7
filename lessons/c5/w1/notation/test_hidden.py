"""Hidden tests: other sentences, vocabularies and lengths; properties of one-hot columns."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SENTENCES = [
    "Harry Potter and Hermione Granger invented a new spell.",
    "Hello, WORLD!  It's   me.",
    "The Egyptian Mau is a breed of cat",
    "\"Wait,\" she said (quietly); then: nothing?",
    "...",
    "one",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tokenize_sentences(sentence):
    """Lowercase, split on whitespace, strip PUNCTUATION from both ends of each word, drop
    empty pieces, and append EOS at the END."""
    expected = reference().tokenize(sentence)
    expect(sub.tokenize(sentence), expected, f"tokenize({sentence!r})")


def test_tokenize_ends_with_eos_once():
    """Every tokenized sentence ends with exactly one EOS, and no other token is EOS."""
    tokens = sub.tokenize("Sleep well. Dream big!")
    expect(tokens[-1], "<EOS>", "the last token")
    expect(tokens.count("<EOS>"), 1, "the number of EOS tokens")
    assert all(t == t.lower() for t in tokens[:-1]), "tokens should be lowercase"


def _vocab(rng, words):
    vocab = sorted(set(words)) + ["<UNK>", "<EOS>"]
    order = rng.permutation(len(vocab))
    return {vocab[k]: int(i) for i, k in enumerate(order)}


@pytest.mark.parametrize("seed", [0, 5, 12])
def test_words_to_indices_with_unknown_words(seed):
    """Known words get their own index; a word missing from the vocabulary gets the index of
    "<UNK>" (look it up: it is not always 0), and no token is dropped."""
    rng = np.random.default_rng(seed)
    known = ["harry", "potter", "spell", "new", "a", "and", "invented", "cat", "mau"]
    word_to_index = _vocab(rng, known)
    words = [str(w) for w in rng.choice(known + ["hermione", "granger", "zzz"], size=12)]
    words.append("<EOS>")
    expected = reference().words_to_indices(list(words), dict(word_to_index))
    expect(sub.words_to_indices(words, dict(word_to_index)), expected,
           "words_to_indices(words, word_to_index)")


def test_words_to_indices_leaves_vocabulary_alone():
    """The vocabulary is fixed: looking words up must not add new entries to the dict."""
    word_to_index = {"a": 0, "cat": 1, "<UNK>": 2, "<EOS>": 3}
    copy = dict(word_to_index)
    result = sub.words_to_indices(["a", "dog", "cat", "<EOS>"], word_to_index)
    expect(word_to_index, copy, "word_to_index after the call")
    expect(len(word_to_index), len(copy), "the vocabulary size after the call")
    expect(result, [0, 2, 1, 3], "words_to_indices(['a', 'dog', 'cat', '<EOS>'])")


@pytest.mark.parametrize("vocab_size, T_x, seed", [(7, 4, 1), (30, 11, 2), (5, 9, 3), (3, 1, 4)])
def test_one_hot_sequence_shapes(vocab_size, T_x, seed):
    """X has shape (vocab_size, T_x): one COLUMN per time step, with a 1 in row indices[t]."""
    indices = [int(i) for i in np.random.default_rng(seed).integers(0, vocab_size, size=T_x)]
    expected = reference().one_hot_sequence(list(indices), vocab_size)
    expect(sub.one_hot_sequence(indices, vocab_size), expected,
           f"one_hot_sequence(indices, {vocab_size})")


def test_one_hot_sequence_properties():
    """Every column sums to 1, and argmax down each column gives the indices back (index 0 is
    the first row: indices are 0-based)."""
    indices = [0, 5, 5, 2, 0, 7, 1]
    X = sub.one_hot_sequence(indices, 8)
    expect(X.shape, (8, 7), "X.shape")
    expect(X.sum(axis=0), np.ones(7), "the column sums")
    expect(list(np.argmax(X, axis=0)), indices, "argmax of each column")
