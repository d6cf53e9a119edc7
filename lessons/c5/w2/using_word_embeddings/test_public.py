"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

W = np.array([[6.0], [-1.0], [-2.0], [-1.0]])
B = -3.0


def test_embed_sentence_durian_cultivator():
    words = ["robert", "lin", "is", "a", "durian", "cultivator"]
    expected = np.array([
        [0.93, 0.88, 0.00, 0.00, 0.00, 0.08],
        [0.00, 0.02, 0.00, 0.00, 0.90, 0.04],
        [0.01, 0.00, 0.00, 0.00, 0.25, 0.85],
        [0.00, 0.00, 0.90, 0.97, 0.00, 0.00],
    ])
    expect(sub.embed_sentence(words, sub.VOCAB, sub.E), expected, "embed_sentence(words, VOCAB, E)")


def test_embed_sentence_unknown_word():
    expected = np.array([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.9]])
    expect(sub.embed_sentence(["zoe", "is"], sub.VOCAB, sub.E), expected,
           "embed_sentence(['zoe', 'is'], VOCAB, E)")


def test_tag_probabilities_durian_cultivator():
    X = sub.E[:, [3, 4, 5, 7, 10, 12]]
    expected = np.array([[0.92824246, 0.90550963, 0.01984031, 0.01852382, 0.01212843,
                          0.01392564]])
    expect(sub.tag_probabilities(X, W, B), expected, "tag_probabilities(X, w, b)")
