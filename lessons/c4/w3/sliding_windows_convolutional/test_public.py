"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_window_output_grid_example():
    expect(sub.window_output_grid((16, 16), (14, 14), 2), (2, 2), "window_output_grid((16, 16), (14, 14), 2)")
    expect(sub.window_output_grid((28, 28), (14, 14), 2), (8, 8), "window_output_grid((28, 28), (14, 14), 2)")


def test_fc_to_conv_example():
    W_fc = np.arange(8).reshape(2, 4)
    expected = np.array([[[[0, 4], [1, 5]], [[2, 6], [3, 7]]]])
    expect(sub.fc_to_conv(W_fc, (1, 2, 2)), expected, "fc_to_conv(np.arange(8).reshape(2, 4), (1, 2, 2))")


def test_conv_valid_example():
    A = np.arange(18).reshape(3, 3, 2) / 10
    filters = np.arange(24).reshape(3, 8).T.reshape(2, 2, 2, 3).astype(float)
    b = np.array([0.5, 0.0, -1.0])
    expected = np.array([[[18.9, 47.2, 75.0], [24.5, 65.6, 106.2]],
                         [[35.7, 102.4, 168.6], [41.3, 120.8, 199.8]]])
    expect(sub.conv_valid(A, filters, b), expected, "conv_valid(A, filters, b)")
