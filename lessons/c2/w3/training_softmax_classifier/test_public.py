"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([[0.70538451, 0.01714783],
              [0.25949646, 0.93623955],
              [0.03511903, 0.04661262]])
Y = np.array([[1.0, 0.0],
              [0.0, 0.0],
              [0.0, 1.0]])
X = np.array([[1.0, 2.0],
              [-1.0, 0.5]])


def test_compute_cost_example():
    cost = sub.compute_cost(A, Y)
    expect(cost, 1.70744806, "compute_cost(A, Y)")
    assert isinstance(cost, float), f"compute_cost returned {type(cost).__name__}, not a float"


def test_compute_gradients_example():
    expect(sub.compute_gradients(X, A, Y), {
        "dZ": np.array([[-0.29461549, 0.01714783],
                        [0.25949646, 0.93623955],
                        [0.03511903, -0.95338738]]),
        "dW": np.array([[-0.13015992, 0.1515947],
                        [1.06598778, 0.10431166],
                        [-0.93582786, -0.25590636]]),
        "db": np.array([[-0.13873383], [0.59786801], [-0.45913418]]),
    }, "compute_gradients(X, A, Y)")
