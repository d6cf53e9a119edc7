"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[1.0, 0.0, 2.0, 1.0],
                   [0.0, 1.0, 1.0, 3.0],
                   [2.0, 1.0, 0.0, 1.0]])
W = np.array([[1.0, -1.0, 0.5],
              [0.0, 2.0, -1.0]])
GAMMA = np.array([[1.0], [2.0]])
BETA = np.array([[0.0], [0.5]])


def test_bn_layer_forward_relu_example():
    A, cache = sub.bn_layer_forward(A_PREV.copy(), W.copy(), GAMMA.copy(), BETA.copy(), "relu")
    expect(cache["Z"], np.array([[2.0, -0.5, 1.0, -1.5], [-2.0, 1.0, 2.0, 5.0]]), "cache['Z']")
    expect(cache["Z_tilde"], np.array([[1.29986736, -0.55708601, 0.55708601, -1.29986736],
                                       [-2.3, 0.1, 0.9, 3.3]]), "cache['Z_tilde']")
    expect(A, np.array([[1.29986736, 0.0, 0.55708601, 0.0],
                        [0.0, 0.1, 0.9, 3.3]]), "A")


def test_bn_layer_forward_sigmoid_example():
    A, _ = sub.bn_layer_forward(A_PREV.copy(), W.copy(), GAMMA.copy(), BETA.copy(), "sigmoid")
    expect(A, np.array([[0.78581266, 0.36422197, 0.63577803, 0.21418734],
                        [0.09112296, 0.52497919, 0.71094950, 0.96442881]]), "A")


def test_count_parameters_without_batch_norm():
    expect(sub.count_parameters([5, 4, 3, 1], batch_norm=False), 43,
           "count_parameters([5, 4, 3, 1], batch_norm=False)")


def test_count_parameters_with_batch_norm():
    expect(sub.count_parameters([5, 4, 3, 1], batch_norm=True), 51,
           "count_parameters([5, 4, 3, 1], batch_norm=True)")
