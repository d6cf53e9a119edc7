"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, -2.0, 0.5],
              [2.0, 0.0, -1.0]])
W1 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
W2 = np.array([[1.0, -1.0, 2.0]])


def test_deep_linear_forward_small_chain():
    expect(sub.deep_linear_forward(np.array([[1.0], [2.0]]), [W1, W2]),
           [np.array([[1.0], [2.0], [3.0]]), np.array([[5.0]])],
           "deep_linear_forward(x, [W1, W2])")


def test_deep_linear_forward_exploding():
    activations = sub.deep_linear_forward(X, [1.5 * np.eye(2)] * 10)
    expect(len(activations), 10, "len(activations)")
    expect(activations[-1], np.array([[57.6650390625, -115.330078125, 28.83251953125],
                                      [115.330078125, 0.0, -57.6650390625]]),
           "A10 with W[l] = 1.5 I")


def test_deep_linear_forward_vanishing():
    activations = sub.deep_linear_forward(X, [0.5 * np.eye(2)] * 10)
    expect(activations[-1], np.array([[0.0009765625, -0.001953125, 0.00048828125],
                                      [0.001953125, 0.0, -0.0009765625]]),
           "A10 with W[l] = 0.5 I")


def test_deep_linear_backward_small_chain():
    expect(sub.deep_linear_backward(np.array([[1.0]]), [W1, W2]),
           [np.array([[3.0], [1.0]]), np.array([[1.0], [-1.0], [2.0]])],
           "deep_linear_backward(dA2, [W1, W2])")


def test_deep_linear_backward_exploding_and_vanishing():
    dAL = np.ones((2, 3))
    expect(sub.deep_linear_backward(dAL, [1.5 * np.eye(2)] * 10)[0],
           np.full((2, 3), 57.6650390625), "dA0 with W[l] = 1.5 I")
    expect(sub.deep_linear_backward(dAL, [0.5 * np.eye(2)] * 10)[0],
           np.full((2, 3), 0.0009765625), "dA0 with W[l] = 0.5 I")
