"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_one_hot_matrix_glass_orange_juice():
    expected = np.array([
        [0.0, 0.0, 0.0],
        [1.0, 0.0, 0.0],
        [0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 1.0],
    ])
    expect(sub.one_hot_matrix([1, 3, 4], 5), expected, "one_hot_matrix([1, 3, 4], 5)")


def test_embedding_lookup_glass_orange_juice():
    expected = np.array([
        [-0.5, 0.9, 0.7],
        [0.3, 0.8, 0.6],
        [0.4, -0.1, 0.0],
    ])
    expect(sub.embedding_lookup(sub.E_SMALL, [1, 3, 4]), expected,
           "embedding_lookup(E_SMALL, [1, 3, 4])")
