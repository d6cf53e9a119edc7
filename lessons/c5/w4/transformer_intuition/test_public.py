"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

QUERY = np.array([2.0, 0.0, 1.0])
KEYS = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 0.0, -1.0]])
VALUES = np.array([[10.0, 0.0], [0.0, 10.0], [4.0, 4.0], [-2.0, 6.0]])
WEIGHTS = np.array([0.25618664, 0.03467109, 0.69638749, 0.01275478])


def test_similarity_scores_example():
    expect(sub.similarity_scores(QUERY, KEYS), np.array([2.0, 0.0, 3.0, -1.0]),
           "similarity_scores(query, keys)")


def test_softmax_weights_example():
    expect(sub.softmax_weights(np.array([2.0, 0.0, 3.0, -1.0])), WEIGHTS,
           "softmax_weights([2, 0, 3, -1])")


def test_soft_lookup_example():
    output, weights = sub.soft_lookup(QUERY, KEYS, VALUES)
    expect(weights, WEIGHTS, "weights")
    expect(output, np.array([5.32190678, 3.20878955]), "output")
