"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

GALLERY = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
NAMES = ["ana", "ben", "cat"]
QUERIES = np.array([[0.8, 0.6], [-1.0, 0.0]])


def test_pairwise_distances_example():
    expected = np.array([[0.63245553, 0.89442719, 0.28284271],
                         [2.0, 1.41421356, 1.78885438]])
    expect(sub.pairwise_distances(QUERIES, GALLERY), expected, "pairwise_distances(QUERIES, GALLERY)")


def test_one_shot_identify_example():
    got = sub.one_shot_identify(QUERIES, GALLERY, NAMES, tau=0.5)
    assert list(got) == ["cat", None], f"expected ['cat', None], got {got!r}"
