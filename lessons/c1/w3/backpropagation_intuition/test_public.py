"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

PARAMS = {"W1": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),
          "b1": np.array([[0.0], [-2.0], [1.0]]),
          "W2": np.array([[2.0, -1.0, 1.0]]),
          "b2": np.array([[-1.0]])}


def test_backward_one_example_example():
    x, y = np.array([[1.0], [2.0]]), np.array([[0.0]])
    cache = sub.forward_pass(x, PARAMS)[1]
    expect(sub.backward_one_example(PARAMS, cache, x, y),
           {"dW1": np.array([[0.5273979, 1.05479579], [-0.627893, -1.255786], [0.627893, 1.255786]]),
            "db1": np.array([[0.5273979], [-0.627893], [0.627893]]),
            "dW2": np.array([[0.47819964, 0.0, 0.0]]),
            "db2": np.array([[0.627893]])}, "backward_one_example(parameters, cache, x, y)")


def test_backward_vectorized_example():
    X = np.array([[1.0, 0.0, 2.0, -1.0], [2.0, 0.0, -1.0, 1.0]])
    Y = np.array([[0.0, 1.0, 1.0, 0.0]])
    cache = sub.forward_pass(X, PARAMS)[1]
    expect(sub.backward_vectorized(PARAMS, cache, X, Y),
           {"dW1": np.array([[0.11265114, 0.28109373], [-0.14892578, -0.32186804],
                             [0.1491434, 0.32175923]]),
            "db1": np.array([[-0.01744097], [-0.15888213], [0.13050744]]),
            "dW2": np.array([[0.0931084, 0.07716983, -0.08899177]]),
            "db2": np.array([[0.08123246]])}, "backward_vectorized(parameters, cache, X, Y)")
