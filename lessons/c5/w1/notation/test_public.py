"""Public tests: the cats sentence of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

VOCAB = ["a", "average", "cats", "day", "dogs", "hours", "night", "of", "sleep", "<UNK>", "<EOS>"]
WORD_TO_INDEX = {word: i for i, word in enumerate(VOCAB)}
TOKENS = ["cats", "average", "15", "hours", "of", "sleep", "a", "day", "<EOS>"]
INDICES = [2, 1, 9, 5, 7, 8, 0, 3, 10]


def test_tokenize_cats():
    expect(sub.tokenize("Cats average 15 hours of sleep a day."), TOKENS,
           'tokenize("Cats average 15 hours of sleep a day.")')


def test_words_to_indices_cats():
    expect(sub.words_to_indices(TOKENS, dict(WORD_TO_INDEX)), INDICES,
           "words_to_indices(tokens, word_to_index)")


def test_one_hot_sequence_cats():
    X = sub.one_hot_sequence(INDICES, 11)
    expected = np.zeros((11, 9))
    for t, i in enumerate(INDICES):
        expected[i, t] = 1.0
    expect(X, expected, "one_hot_sequence(indices, 11)")
    expect(X[:, 0], np.array([0.0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]), "x<1>, the column for 'cats'")
