"""Public tests: the RGB example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

RED = [[2, 0, 1, 3], [1, 4, 0, 2], [0, 1, 2, 1]]
GREEN = [[1, 1, 0, 2], [3, 0, 2, 1], [2, 2, 1, 0]]
BLUE = [[0, 2, 2, 1], [1, 1, 3, 0], [4, 0, 1, 2]]
IMAGE = np.stack([RED, GREEN, BLUE], axis=-1).astype(float)      # (3, 4, 3)

RED_EDGES = np.zeros((2, 2, 3))
RED_EDGES[:, :, 0] = [[1, -1], [1, -1]]
BRIGHTNESS = np.ones((2, 2, 3))

Z_RED = np.array([[-1.0, 3, -4], [-4, 3, -1]])
Z_BRIGHT = np.array([[16.0, 16, 17], [19, 17, 15]])


def test_conv_single_filter_red_edges():
    expect(sub.conv_single_filter(IMAGE, RED_EDGES), Z_RED, "conv_single_filter(IMAGE, RED_EDGES)")


def test_conv_single_filter_brightness():
    expect(sub.conv_single_filter(IMAGE, BRIGHTNESS), Z_BRIGHT,
           "conv_single_filter(IMAGE, BRIGHTNESS)")


def test_conv_volume_two_filters():
    A_prev = IMAGE[np.newaxis]                                   # (1, 3, 4, 3)
    W = np.stack([RED_EDGES, BRIGHTNESS], axis=-1)               # (2, 2, 3, 2)
    expect(sub.conv_volume(A_prev, W), np.stack([Z_RED, Z_BRIGHT], axis=-1)[np.newaxis],
           "conv_volume(A_prev, W)")
