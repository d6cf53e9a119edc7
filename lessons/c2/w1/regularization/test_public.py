"""Public tests: these are shown to you, with the values they expect.

They use the small network worked through in the explanation: 2 inputs, layers of 3, 2 and 1
units, and five examples (columns).
"""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[0.3, -0.2, 0.1, -0.4, 0.2],
              [0.5, 0.1, -0.3, 0.2, -0.1]])
Y = np.array([[1, 0, 0, 1, 1]])
PARAMS = {"W1": np.array([[1.2, -0.8], [0.5, 1.5], [-1.0, 0.7]]),
          "b1": np.array([[0.1], [-0.12], [0.2]]),
          "W2": np.array([[0.9, -0.6, 1.1], [-0.4, 0.8, 0.6]]),
          "b2": np.array([[0.05], [0.1]]),
          "W3": np.array([[1.3, -0.9]]),
          "b3": np.array([[-0.2]])}
A3 = np.array([[0.27587823, 0.54817509, 0.59945625, 0.60673299, 0.5881687]])


def copy_of(parameters):
    return {k: np.array(v, copy=True) for k, v in parameters.items()}


def plain_cache():
    """The cache of the forward pass WITHOUT dropout (the given forward_propagation)."""
    return sub.forward_propagation(X, copy_of(PARAMS))[1]


def test_compute_cost_with_regularization_example():
    # cross-entropy 0.80551930 + (0.1 / (2 * 5)) * (6.07 + 3.54 + 2.5)
    expect(sub.compute_cost_with_regularization(A3, Y, copy_of(PARAMS), 0.1),
           0.9266192954747617, "compute_cost_with_regularization(A3, Y, parameters, lambd=0.1)")


def test_backward_propagation_with_regularization_example():
    grads = sub.backward_propagation_with_regularization(X, Y, plain_cache(), 0.7)
    expect(grads["dW1"], np.array([[0.14711254, -0.17051336],
                                   [0.10128206, 0.26213677],
                                   [-0.10805288, 0.13285979]]), "dW1 with lambd=0.7")
    expect(grads["dW2"], np.array([[0.15272299, -0.084, 0.14532242],
                                   [-0.04817948, 0.2136667, 0.12259303]]), "dW2 with lambd=0.7")
    expect(grads["dW3"], np.array([[0.1965833, -0.25000758]]), "dW3 with lambd=0.7")


def test_forward_propagation_with_dropout_example():
    np.random.seed(1)
    A3_drop, cache = sub.forward_propagation_with_dropout(X, copy_of(PARAMS), keep_prob=0.8)
    expect(A3_drop, np.array([[0.450166, 0.7173605, 0.67308854, 0.44244376, 0.65679917]]),
           "A3 with keep_prob=0.8 after np.random.seed(1)")
    expect(cache[1], np.array([[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 0, 1]]), "D1")
    expect(cache[2], np.array([[0.075, 0.0, 0.575, 0.0, 0.525],
                               [0.975, 0.0, 0.0, 0.0, 0.0],
                               [0.3125, 0.5875, 0.0, 0.0, 0.0]]), "A1 (after dropout)")
    expect(cache[6], np.array([[1, 1, 1, 1, 1], [0, 0, 1, 1, 0]]), "D2")


def test_backward_propagation_with_dropout_example():
    # The dropout cache of the forward test, built by hand from its masks D1 and D2.
    _, cache = sub.forward_propagation(X, copy_of(PARAMS))
    Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3_, W3, b3 = cache
    D1 = np.array([[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 0, 1]])
    D2 = np.array([[1, 1, 1, 1, 1], [0, 0, 1, 1, 0]])
    A1 = A1 * D1 / 0.8
    Z2 = np.dot(W2, A1) + b2
    A2 = np.maximum(0, Z2) * D2 / 0.8
    Z3 = np.dot(W3, A2) + b3
    A3_ = 1 / (1 + np.exp(-Z3))
    dropout_cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3_, W3, b3)
    grads = sub.backward_propagation_with_dropout(X, Y, dropout_cache, 0.8)
    expect(grads["dA2"], np.array([[-0.89348025, 1.16571081, 1.09376887, -0.90602888,
                                     -0.55770135],
                                    [0.0, 0.0, -0.7572246, 0.62725077, 0.0]]), "dA2")
    expect(grads["dA1"], np.array([[0.0, 1.31142466, 1.23048998, -1.33290788, -0.62741402],
                                    [0.0, -0.8742831, -0.82032666, 1.30677243, 0.41827601],
                                    [0.0, 1.60285236, 1.5039322, 0.0, -0.76683936]]), "dA1")
    expect(grads["dW1"], np.array([[-0.00048676, -0.06128112],
                                    [0.0, 0.0],
                                    [-0.06411409, 0.03205705]]), "dW1")
