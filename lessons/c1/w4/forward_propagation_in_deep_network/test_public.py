"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_forward_pass_two_layers():
    X = np.array([[1.0, -1.0], [2.0, 0.5]])
    parameters = {"W1": np.array([[1.0, 0.0], [0.5, -1.0], [-1.0, 1.0]]),
                  "b1": np.array([[0.0], [1.0], [0.5]]),
                  "W2": np.array([[1.0, -1.0, 0.5]]),
                  "b2": np.array([[-0.5]])}
    activations = sub.forward_pass(X, parameters)
    expect(len(activations), 3, "len(activations) for L = 2 (A0, A1, A2)")
    expect(activations[0], X, "activations[0] (A0 is X)")
    expect(activations[1], np.array([[1.0, 0.0], [0.0, 0.0], [1.5, 2.0]]), "activations[1]")
    expect(activations[2], np.array([[0.77729986, 0.62245933]]), "activations[2]")
