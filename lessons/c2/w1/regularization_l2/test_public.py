"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

W1 = np.array([[1.0, -2.0], [2.0, 0.0], [0.0, 4.0]])
W2 = np.array([[2.0, -1.0, 2.0]])
PARAMETERS = {"W1": W1, "b1": np.array([[0.5], [-1.0], [2.0]]),
              "W2": W2, "b2": np.array([[3.0]])}


def test_frobenius_norm_example():
    expect(sub.frobenius_norm(W1), 5.0, "frobenius_norm(W1)")
    expect(sub.frobenius_norm(W2), 3.0, "frobenius_norm(W2)")


def test_l2_cost_example():
    expect(sub.l2_cost(0.65, PARAMETERS, 0.7, 50), 0.888, "l2_cost(0.65, parameters, 0.7, 50)")
