"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_softmax_two_examples():
    Z = np.array([[2.0, -1.0],
                  [1.0, 3.0],
                  [-1.0, 0.0]])
    expect(sub.softmax(Z), np.array([[0.70538451, 0.01714783],
                                     [0.25949646, 0.93623955],
                                     [0.03511903, 0.04661262]]), "softmax(Z)")


def test_softmax_large_scores():
    Z = np.array([[1000.0], [1001.0], [1002.0]])
    expect(sub.softmax(Z), np.array([[0.09003057], [0.24472847], [0.66524096]]),
           "softmax([[1000], [1001], [1002]])")


def test_predict_four_examples():
    W = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
    b = np.array([[0.0], [0.0], [0.5]])
    X = np.array([[2.0, -1.0, -2.0, 0.1],
                  [1.0, 3.0, -1.0, 0.4]])
    expect(sub.predict(W, b, X), np.array([[0, 1, 2, 1]]), "predict(W, b, X)")
