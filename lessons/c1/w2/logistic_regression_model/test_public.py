"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

W = np.array([[2.0], [-1.0]])
B = 0.5
X = np.array([[1.0, 0.0, -1.0],
              [2.0, -0.5, 1.0]])


def test_forward_propagate_worked_example():
    # z = [0.5, 1.0, -2.5], so A = sigmoid(z)
    expect(sub.forward_propagate(W, B, X), np.array([[0.62245933, 0.73105858, 0.07585818]]),
           "forward_propagate(w, b, X)")


def test_forward_propagate_zero_weights():
    # with w = 0 every example gets sigmoid(b)
    expect(sub.forward_propagate(np.zeros((2, 1)), 0.0, X), np.array([[0.5, 0.5, 0.5]]),
           "forward_propagate(zeros, 0, X)")
