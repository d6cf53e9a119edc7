"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([[0.4, 1.2, 0.8, 2.0],
              [1.6, 0.0, 0.4, 0.8],
              [2.4, 0.8, 1.2, 0.4]])
D = np.array([[0, 1, 0, 1],
              [1, 1, 0, 1],
              [1, 1, 1, 1]])


def test_dropout_forward_example():
    A_drop, mask = sub.dropout_forward(A, keep_prob=0.8, seed=4)
    expect(mask, D, "D from dropout_forward(A, keep_prob=0.8, seed=4)")
    expect(A_drop, np.array([[0.0, 1.5, 0.0, 2.5],
                             [2.0, 0.0, 0.0, 1.0],
                             [3.0, 1.0, 1.5, 0.5]]),
           "A_drop from dropout_forward(A, keep_prob=0.8, seed=4)")


def test_dropout_backward_example():
    dA = np.array([[0.8, -0.4, 1.6, 0.4],
                   [-1.2, 0.4, 0.8, -0.8],
                   [0.4, 0.0, -1.6, 1.2]])
    expect(sub.dropout_backward(dA, D, keep_prob=0.8),
           np.array([[0.0, -0.5, 0.0, 0.5],
                     [-1.5, 0.5, 0.0, -1.0],
                     [0.5, 0.0, -2.0, 1.5]]),
           "dropout_backward(dA, D, keep_prob=0.8)")
