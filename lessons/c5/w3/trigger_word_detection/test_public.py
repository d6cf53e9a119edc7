"""Public tests: the examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_is_overlapping_example():
    expect(sub.is_overlapping((950, 1430), [(2000, 2550), (260, 949)]), False, "is_overlapping((950, 1430), ...)")
    expect(sub.is_overlapping((2305, 2950), [(824, 1532), (1900, 2305), (3424, 3656)]), True,
           "is_overlapping((2305, 2950), ...)")


def test_insert_ones_example():
    y = sub.insert_ones(np.zeros((1, 1375)), 9700)
    y = sub.insert_ones(y, 4251)
    expect(y.shape, (1, 1375), "y.shape")
    expect(np.flatnonzero(y[0])[[0, 49, 50, -1]], np.array([585, 634, 1334, 1374]), "first/last positions of the ones")
    expect(float(y.sum()), 91.0, "number of ones")
