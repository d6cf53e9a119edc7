"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_one_hot_queen():
    expected = np.array([[0.0], [0.0], [0.0], [1.0], [0.0], [0.0]])
    expect(sub.one_hot(3, 6), expected, "one_hot(3, 6)")


def test_cosine_similarity_worked_example():
    u = np.array([1.0, 2.0, 2.0])
    v = np.array([2.0, 0.0, 1.0])
    expect(sub.cosine_similarity(u, v), 0.5962847939999439, "cosine_similarity(u, v)")


def test_cosine_similarity_one_hots_are_orthogonal():
    expect(sub.cosine_similarity(sub.one_hot(2, 6), sub.one_hot(3, 6)), 0.0,
           "cosine_similarity(o_king, o_queen)")
