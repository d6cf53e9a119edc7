"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_S = np.array([1.0, 0.0, 2.0, 1.0]).reshape(1, 1, 2, 2)
A_G = np.array([1.0, 1.0, 0.0, 1.0]).reshape(1, 1, 2, 2)
B_S = np.array([1.0, 2.0, 3.0]).reshape(1, 1, 3, 1)
B_G = np.array([0.0, 1.0, 1.0]).reshape(1, 1, 3, 1)


def test_gram_matrix_example():
    expect(sub.gram_matrix(np.array([[1.0, 2.0], [0.0, 1.0]])), np.array([[5.0, 2.0], [2.0, 1.0]]),
           "gram_matrix([[1, 2], [0, 1]])")


def test_compute_layer_style_cost_example():
    expect(sub.compute_layer_style_cost(A_S, A_G), 0.296875, "compute_layer_style_cost(a_S, a_G)")


def test_compute_style_cost_example():
    expect(sub.compute_style_cost([(A_S, A_G), (B_S, B_G)], [0.2, 0.8]), 3.259375,
           "compute_style_cost(two layers, [0.2, 0.8])")
