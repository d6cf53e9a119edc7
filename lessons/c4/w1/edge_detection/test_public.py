"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

HALF_BRIGHT = np.array([[10.0, 10, 10, 0, 0, 0]] * 6)
QUARTERS = np.array([[10.0, 10, 10, 0, 0, 0]] * 3 + [[0.0, 0, 0, 10, 10, 10]] * 3)


def test_conv2d_small_example():
    image = np.array([[3.0, 1, 0, 2, 5], [4, 2, 1, 0, 1], [0, 6, 2, 3, 1], [1, 1, 4, 0, 2]])
    kernel = np.array([[1.0, 2, 0], [0, 1, -1], [-1, 0, 1]])
    expect(sub.conv2d(image, kernel), np.array([[8.0, -1, 2], [15, 2, 1]]),
           "conv2d(image, kernel)")


def test_conv2d_half_bright_image():
    expect(sub.conv2d(HALF_BRIGHT, sub.VERTICAL), np.array([[0.0, 30, 30, 0]] * 4),
           "conv2d(half-bright image, vertical filter)")


def test_detect_edges_quarters():
    vertical, horizontal = sub.detect_edges(QUARTERS)
    expect(vertical, np.array([[0.0, 30, 30, 0], [0, 10, 10, 0], [0, -10, -10, 0],
                               [0, -30, -30, 0]]), "vertical edges")
    expect(horizontal, np.array([[0.0, 0, 0, 0], [30, 10, -10, -30], [30, 10, -10, -30],
                                 [0, 0, 0, 0]]), "horizontal edges")
