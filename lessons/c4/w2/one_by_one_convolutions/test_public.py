"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[[1.0, 2, 3], [0, 1, 0]], [[2, 0, 1], [-1, 1, 2]]]).reshape(1, 2, 2, 3)
W = np.array([[1.0, 0], [0, 1], [1, -1]]).reshape(1, 1, 3, 2)
B = np.array([0.0, 0.5]).reshape(1, 1, 1, 2)


def test_conv_1x1_example():
    expected = np.array([[[4.0, -0.5], [0.0, 1.5]], [[3.0, -0.5], [1.0, -0.5]]]).reshape(1, 2, 2, 2)
    expect(sub.conv_1x1(A_PREV, W, B), expected, "conv_1x1(A_prev, W, b)")


def test_conv_1x1_multiplies_course_example():
    expect(sub.conv_1x1_multiplies(28, 28, 192, 32), 4816896,
           "conv_1x1_multiplies(28, 28, 192, 32)", strict_type=True)
