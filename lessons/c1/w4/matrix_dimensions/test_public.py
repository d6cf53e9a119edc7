"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_expected_shapes_example():
    shapes = sub.expected_shapes([3, 5, 2, 1], 4)
    expect(shapes, {
        "A0": (3, 4),
        "W1": (5, 3), "b1": (5, 1), "Z1": (5, 4), "A1": (5, 4), "dW1": (5, 3), "db1": (5, 1),
        "W2": (2, 5), "b2": (2, 1), "Z2": (2, 4), "A2": (2, 4), "dW2": (2, 5), "db2": (2, 1),
        "W3": (1, 2), "b3": (1, 1), "Z3": (1, 4), "A3": (1, 4), "dW3": (1, 2), "db3": (1, 1),
    }, "expected_shapes([3, 5, 2, 1], 4)")


def test_find_shape_errors_example():
    parameters = {"W1": np.zeros((5, 3)), "b1": np.zeros((5, 1)),
                  "W2": np.zeros((5, 2)),  # transposed: should be (2, 5)
                  "b2": np.zeros((2, 1)),
                  "W3": np.zeros((1, 2)), "b3": np.zeros(1)}  # rank-1: should be (1, 1)
    expect(sub.find_shape_errors(parameters, [3, 5, 2, 1]), ["W2", "b3"],
           "find_shape_errors(parameters, [3, 5, 2, 1])")
