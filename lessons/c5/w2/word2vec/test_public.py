"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

THETA = np.array([[0.2, -0.1, 0.5, 0.0], [0.3, 0.4, -0.2, 0.1]])
E_C = np.array([[1.0, 0.0], [2.0, -1.0]])
P = np.array([
    [0.33895612, 0.20942577],
    [0.30670018, 0.18949628],
    [0.16832063, 0.34528473],
    [0.18602306, 0.25579322],
])


def test_skipgram_pairs_window_one():
    result = sub.skipgram_pairs([4, 2, 7, 1], 1)
    expected = [(4, 2), (2, 4), (2, 7), (7, 2), (7, 1), (1, 7)]
    assert list(result) == expected, f"expected {expected}, got {result}"


def test_skipgram_probabilities_example():
    expect(sub.skipgram_probabilities(E_C, THETA), P, "skipgram_probabilities(e_c, theta)")


def test_skipgram_loss_example():
    expect(sub.skipgram_loss(P, np.array([1, 2])), 1.1226352552555638, "skipgram_loss(p, [1, 2])")
