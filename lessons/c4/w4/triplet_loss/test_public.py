"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([[1.0, 0.0], [0.0, 1.0]])
P = np.array([[0.8, 0.6], [0.6, 0.8]])
N = np.array([[0.6, 0.8], [0.28, 0.96]])


def test_triplet_loss_example():
    expect(sub.triplet_loss(A, P, N, alpha=0.2), 0.52, "triplet_loss(A, P, N, 0.2)")


def test_hardest_negatives_example():
    pool = np.array([[0.8, 0.6], [0.6, 0.8], [0.0, -1.0], [-1.0, 0.0]])
    got = sub.hardest_negatives(A, np.array([0, 1]), pool, np.array([0, 1, 2, 0]))
    expect(np.asarray(got), np.array([1, 0]), "hardest_negatives(...)")
