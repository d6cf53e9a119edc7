"""Public tests: the small worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def example_input():
    A = np.zeros((1, 3, 3, 2))
    A[0, :, :, 0] = np.arange(1, 10).reshape(3, 3)
    A[0, :, :, 1] = [[1, 0, 2], [0, 1, 0], [2, 0, 1]]
    W = np.zeros((2, 2, 2))
    W[:, :, 0] = [[1, 0], [0, -1]]
    W[:, :, 1] = 0.5
    b = np.array([[[0.0, 1.0]]])
    return A, W, b


def test_depthwise_conv_forward_example():
    A, W, b = example_input()
    expected = np.zeros((1, 2, 2, 2))
    expected[0, :, :, 0] = -4.0
    expected[0, :, :, 1] = [[2.0, 2.5], [2.5, 2.0]]
    expect(sub.depthwise_conv_forward(A, W, b), expected, "depthwise_conv_forward(A, W, b)")


def test_pointwise_conv_forward_example():
    A = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])            # shape (1, 1, 2, 2)
    W = np.array([[[[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]]]])  # shape (1, 1, 2, 3)
    b = np.array([[[[0.0, 0.0, 0.5]]]])
    expected = np.array([[[[1.0, 2.0, -0.5], [3.0, 4.0, -0.5]]]])
    expect(sub.pointwise_conv_forward(A, W, b), expected, "pointwise_conv_forward(A, W, b)")


def test_separable_conv_forward_example():
    A, W, b = example_input()
    W_pw = np.array([[[[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]]]])
    b_pw = np.array([[[[0.0, 0.0, 0.5]]]])
    expected = np.zeros((1, 2, 2, 3))
    expected[0, :, :, 1] = [[2.0, 2.5], [2.5, 2.0]]
    expected[0, :, :, 2] = [[-1.5, -2.0], [-2.0, -1.5]]
    expect(sub.separable_conv_forward(A, W, b, W_pw, b_pw), expected,
           "separable_conv_forward(A, W_dw, b_dw, W_pw, b_pw)")
