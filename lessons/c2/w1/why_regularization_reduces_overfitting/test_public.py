"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_weight_decay_update_example():
    W = np.array([[0.5, -1.0], [2.0, 0.25]])
    dW = np.array([[0.1, 0.2], [-0.3, 0.0]])
    expect(sub.weight_decay_update(W, dW, lambd=2.0, m=10, learning_rate=0.1),
           np.array([[0.48, -1.0], [1.99, 0.245]]),
           "weight_decay_update(W, dW, lambd=2.0, m=10, learning_rate=0.1)")


def test_linear_regime_fraction_example():
    Z = np.array([[0.05, -0.1, 0.3], [1.0, -2.0, 0.02]])
    expect(sub.linear_regime_fraction(Z, tolerance=0.01), 0.6666666666666666,
           "linear_regime_fraction(Z, tolerance=0.01)")
