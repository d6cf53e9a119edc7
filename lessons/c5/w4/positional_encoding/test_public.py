"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_get_angles_small():
    pos = np.array([[0], [1], [2]])
    k = np.arange(4)[np.newaxis, :]
    expect(sub.get_angles(pos, k, 4),
           np.array([[0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 0.01, 0.01], [2.0, 2.0, 0.02, 0.02]]),
           "get_angles(pos, k, 4)")


def test_positional_encoding_3_by_4():
    expect(sub.positional_encoding(3, 4),
           np.array([[0.0, 1.0, 0.0, 1.0],
                     [0.84147098, 0.54030231, 0.00999983, 0.99995],
                     [0.90929743, -0.41614684, 0.01999867, 0.99980001]]),
           "positional_encoding(3, 4)")


def test_add_positional_encoding_example():
    x = np.array([[0.5, -0.5, 1.0, 0.0], [0.0, 0.25, 0.0, -1.0]])
    pe = np.array([[0.0, 1.0, 0.0, 1.0],
                   [0.84147098, 0.54030231, 0.00999983, 0.99995],
                   [0.90929743, -0.41614684, 0.01999867, 0.99980001]])
    expect(sub.add_positional_encoding(x, pe),
           np.array([[1.0, 0.0, 2.0, 1.0], [0.84147098, 1.04030231, 0.00999983, -1.00005]]),
           "add_positional_encoding(x, pe)")
