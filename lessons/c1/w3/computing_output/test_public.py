"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0], [2.0]])
PARAMS = {"W1": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),
          "b1": np.array([[0.0], [-2.0], [1.0]]),
          "W2": np.array([[2.0, -1.0, 1.0]]),
          "b2": np.array([[-1.0]])}


def test_layer_forward_example():
    z, a = sub.layer_forward(X, PARAMS["W1"], PARAMS["b1"])
    expect(z, np.array([[1.0], [0.0], [0.0]]), "z")
    expect(a, np.array([[0.73105858], [0.5], [0.5]]), "a")


def test_forward_one_example_example():
    a2, cache = sub.forward_one_example(X, PARAMS)
    expect(a2, np.array([[0.6135163]]), "a2")
    expect(cache, {"z1": np.array([[1.0], [0.0], [0.0]]),
                   "a1": np.array([[0.73105858], [0.5], [0.5]]),
                   "z2": np.array([[0.46211716]]),
                   "a2": np.array([[0.6135163]])}, "cache")
