"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

W = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]])
B = np.array([0.0, 1.0])
X1 = np.array([[1.0, 2.0, 2.0], [0.0, 1.0, 0.0]])
X2 = np.array([[2.0, 1.0, 1.0], [3.0, 0.0, 0.0]])


def test_l2_normalize_example():
    expect(sub.l2_normalize(np.array([[3.0, 4.0], [1.0, 0.0]])),
           np.array([[0.6, 0.8], [1.0, 0.0]]), "l2_normalize([[3, 4], [1, 0]])")


def test_encode_example():
    expect(sub.encode(X1, W, B), np.array([[0.9486833, 0.31622777], [0.0, 1.0]]),
           "encode(X1, W, b)")


def test_siamese_distance_example():
    expect(sub.siamese_distance(X1, X2, W, B), np.array([0.0, 1.36754447]),
           "siamese_distance(X1, X2, W, b)")
