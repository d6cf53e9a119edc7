"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

W1 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]])
B1 = np.array([[0.0], [-2.0], [1.0]])
W2 = np.array([[2.0, -1.0, 1.0]])
B2 = np.array([[-1.0]])


def test_collapse_two_linear_layers_example():
    W, b = sub.collapse_two_linear_layers(W1, B1, W2, B2)
    expect(W, np.array([[3.0, -2.0]]), "W")
    expect(b, np.array([[2.0]]), "b")


def test_collapse_linear_network_three_layers():
    layers = [(W1, B1), (W2, B2), (np.array([[0.5]]), np.array([[1.0]]))]
    W, b = sub.collapse_linear_network(layers)
    expect(W, np.array([[1.5, -1.0]]), "W")
    expect(b, np.array([[2.0]]), "b")
