"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_split_sizes_small_data():
    expect(sub.split_sizes(1000), (600, 200, 200), "split_sizes(1000)")


def test_split_sizes_big_data():
    expect(sub.split_sizes(1_000_000), (980_000, 10_000, 10_000), "split_sizes(1_000_000)")


def test_shuffle_split_ten_examples():
    X = np.array([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
                  [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]])
    Y = np.array([[0, 1, 0, 1, 0, 1, 0, 1, 0, 1]])
    expected = (np.array([[2, 9, 6, 4, 0, 3], [12, 19, 16, 14, 10, 13]]),
                np.array([[0, 1, 0, 0, 0, 1]]),
                np.array([[1, 7], [11, 17]]),
                np.array([[1, 1]]),
                np.array([[8, 5], [18, 15]]),
                np.array([[0, 1]]))
    expect(sub.shuffle_split(X, Y, (6, 2, 2), seed=1), expected,
           "shuffle_split(X, Y, (6, 2, 2), seed=1)")
