"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_dropout_moments_concentrated_vs_spread():
    a = np.ones((4, 1))
    expect(sub.dropout_moments(np.array([[4.0, 0.0, 0.0, 0.0]]), a, 0.5), (4.0, 16.0),
           "dropout_moments(w=[[4, 0, 0, 0]], a=ones, keep_prob=0.5)")
    expect(sub.dropout_moments(np.array([[1.0, 1.0, 1.0, 1.0]]), a, 0.5), (4.0, 4.0),
           "dropout_moments(w=[[1, 1, 1, 1]], a=ones, keep_prob=0.5)")


def test_dropout_moments_example():
    w = np.array([[0.5, -1.0, 2.0]])
    a = np.array([[2.0], [1.0], [0.5]])
    expect(sub.dropout_moments(w, a, 0.8), (1.0, 0.75), "dropout_moments(w, a, 0.8)")


PARAMETERS = {"W1": np.array([[1.0, -1.0], [0.5, 0.5], [-1.0, 2.0]]),
              "b1": np.array([[0.0], [0.5], [0.0]]),
              "W2": np.array([[1.0, -0.5, 2.0]]),
              "b2": np.array([[-0.5]])}
X = np.array([[1.0, 2.0], [0.0, 1.0]])


def test_forward_with_dropout_test_time():
    expect(sub.forward_with_dropout(X, PARAMETERS, [0.5], training=False),
           np.array([[0.5, 0.37754067]]),
           "forward_with_dropout(X, parameters, [0.5], training=False)")


def test_forward_with_dropout_training():
    expect(sub.forward_with_dropout(X, PARAMETERS, [0.5], training=True, seed=1),
           np.array([[0.62245933, 0.07585818]]),
           "forward_with_dropout(X, parameters, [0.5], training=True, seed=1)")
