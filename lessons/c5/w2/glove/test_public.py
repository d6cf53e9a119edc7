"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_cooccurrence_matrix_example():
    expected = np.array([[0.0, 2.0, 1.0], [2.0, 0.0, 1.0], [1.0, 1.0, 0.0]])
    expect(sub.cooccurrence_matrix([0, 1, 2, 0, 1], 3, 1), expected,
           "cooccurrence_matrix([0, 1, 2, 0, 1], 3, 1)")


def test_glove_weight_example():
    expect(sub.glove_weight(np.array([0.0, 1.0, 50.0, 100.0, 400.0])),
           np.array([0.0, 0.03162278, 0.59460356, 1.0, 1.0]), "glove_weight([0, 1, 50, 100, 400])")


def test_glove_loss_example():
    theta = np.array([[0.5, -0.2], [0.1, 0.3]])
    e = np.array([[1.0, 0.0], [0.0, 2.0]])
    b, b_prime = np.array([0.1, -0.1]), np.array([0.2, 0.0])
    X = np.array([[0.0, 10.0], [4.0, 200.0]])
    expect(sub.glove_loss(theta, e, b, b_prime, X), 23.93458662003743,
           "glove_loss(theta, e, b, b_prime, X)")
