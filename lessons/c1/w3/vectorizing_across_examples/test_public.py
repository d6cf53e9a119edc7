"""Public tests: the worked example of the explanation (4 examples, 3 hidden units)."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, 0.0, 2.0, -1.0],
              [2.0, 0.0, -1.0, 1.0]])
PARAMS = {"W1": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),
          "b1": np.array([[0.0], [-2.0], [1.0]]),
          "W2": np.array([[2.0, -1.0, 1.0]]),
          "b2": np.array([[-1.0]])}
A2 = np.array([[0.6135163, 0.64836399, 0.84503543, 0.3864837]])


def test_forward_loop_example():
    expect(sub.forward_loop(X, PARAMS), A2, "forward_loop(X, parameters)")


def test_forward_vectorized_example():
    out, cache = sub.forward_vectorized(X, PARAMS)
    expect(out, A2, "A2")
    expect(cache["Z1"], np.array([[1.0, 0.0, 2.0, -1.0],
                                  [0.0, -2.0, -3.0, -1.0],
                                  [0.0, 1.0, 4.0, -1.0]]), "cache['Z1']")
    expect(cache["Z2"], np.array([[0.46211716, 0.61185566, 1.69618207, -0.46211716]]),
           "cache['Z2']")
