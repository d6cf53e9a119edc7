"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, 2.0], [3.0, -1.0]])
K = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]])


def test_transpose_conv_output_size_examples():
    expect(sub.transpose_conv_output_size(2, 3, 2, 0), 5, "transpose_conv_output_size(2, 3, 2, 0)")
    expect(sub.transpose_conv_output_size(2, 4, 2, 1), 4, "transpose_conv_output_size(2, 4, 2, 1)")


def test_conv_transpose2d_worked_example():
    expected = np.array([[1.0, 0.0, 4.0, 0.0, 4.0],
                         [0.0, 1.0, 0.0, 2.0, 0.0],
                         [4.0, 1.0, 8.0, 2.0, 0.0],
                         [0.0, 3.0, 0.0, -1.0, 0.0],
                         [3.0, 3.0, 2.0, -1.0, -1.0]])
    expect(sub.conv_transpose2d(X, K, stride=2, pad=0), expected, "conv_transpose2d(x, kernel, 2, 0)")
    expect(sub.conv_transpose2d(X, K, stride=2, pad=1), expected[1:4, 1:4],
           "conv_transpose2d(x, kernel, 2, 1)")
