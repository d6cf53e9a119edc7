"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

W = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]])
X = np.array([[1.0, 0.0, 2.0, -1.0],
              [2.0, 0.0, -1.0, 1.0]])
B = np.array([[0.0], [-2.0], [1.0]])


def test_product_by_columns_example():
    expect(sub.product_by_columns(W, X), np.array([[1.0, 0.0, 2.0, -1.0],
                                                   [2.0, 0.0, -1.0, 1.0],
                                                   [-1.0, 0.0, 3.0, -2.0]]),
           "product_by_columns(W, X)")


def test_bias_columns_example():
    expect(sub.bias_columns(B, 4), np.array([[0.0, 0.0, 0.0, 0.0],
                                             [-2.0, -2.0, -2.0, -2.0],
                                             [1.0, 1.0, 1.0, 1.0]]), "bias_columns(b, 4)")
