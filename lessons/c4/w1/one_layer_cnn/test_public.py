"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def example():
    a_prev = np.zeros((3, 3, 2))
    a_prev[:, :, 0] = [[1, 2, 0], [0, 1, 3], [2, 1, 0]]
    a_prev[:, :, 1] = [[0, 1, 1], [1, 0, 2], [1, 1, 0]]
    W = np.zeros((2, 2, 2, 2))
    W[:, :, 0, 0] = [[1, -1], [1, -1]]
    W[:, :, 1, 0] = [[1, 0], [0, 0]]
    W[:, :, 0, 1] = [[1, 0], [0, 1]]
    W[:, :, 1, 1] = [[1, 1], [-1, -1]]
    b = np.array([0.0, -2.0]).reshape(1, 1, 1, 2)
    return a_prev, W, b


def test_conv_layer_forward_example():
    Z, A = sub.conv_layer_forward(*example())
    expected_Z = np.zeros((2, 2, 2))
    expected_Z[:, :, 0] = [[-2, 1], [1, -1]]
    expected_Z[:, :, 1] = [[0, 3], [-2, 0]]
    expect(Z, expected_Z, "Z")
    expect(A, np.maximum(expected_Z, 0), "A")


def test_count_conv_parameters_ten_filters():
    expect(sub.count_conv_parameters((6, 6, 3), 3, 10), 280, "count_conv_parameters((6, 6, 3), 3, 10)")


def test_count_conv_parameters_course_conv1():
    expect(sub.count_conv_parameters((32, 32, 3), 5, 6), 456, "count_conv_parameters((32, 32, 3), 5, 6)")
