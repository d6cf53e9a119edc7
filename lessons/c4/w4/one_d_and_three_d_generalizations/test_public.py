"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([1.0, 2.0, 0.0, -1.0, 3.0]).reshape(5, 1)
W = np.array([1.0, 0.0, -1.0]).reshape(3, 1, 1)
B = np.array([0.5])


def test_conv1d_example():
    expect(sub.conv1d(X, W, B), np.array([[1.5], [3.5], [-2.5]]), "conv1d(x, W, b)")


def test_conv1d_example_stride_2():
    expect(sub.conv1d(X, W, B, stride=2), np.array([[1.5], [-2.5]]), "conv1d(x, W, b, stride=2)")


def test_conv_output_shape_course_examples():
    assert tuple(sub.conv_output_shape((14, 1), 5, 16)) == (10, 16)
    assert tuple(sub.conv_output_shape((10, 16), 5, 32)) == (6, 32)
    assert tuple(sub.conv_output_shape((14, 14, 14, 1), 5, 16)) == (10, 10, 10, 16)
    assert tuple(sub.conv_output_shape((10, 10, 10, 16), 5, 32)) == (6, 6, 6, 32)
