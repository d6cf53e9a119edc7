"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

KERNEL = np.array([[1.0, 2.0], [3.0, 4.0]])


def impulse():
    x = np.zeros((4, 5))
    x[1, 1] = 1.0
    return x


def test_compare_conv_dense_lecture_example():
    expect(sub.compare_conv_dense((32, 32, 3), 5, 6),
           {"conv_params": 456, "dense_params": 14455392,
            "conv_inputs_per_output": 75, "dense_inputs_per_output": 3072},
           "compare_conv_dense((32, 32, 3), 5, 6)")


def test_equivariance_gap_conv_is_zero():
    expect(sub.equivariance_gap(lambda z: sub.conv2d(z, KERNEL), impulse(), 1, 1), 0.0,
           "equivariance_gap(conv, impulse, 1, 1)")


def test_equivariance_gap_row_gain():
    def row_gain(z):
        return z * np.arange(1, z.shape[0] + 1)[:, None]
    expect(sub.equivariance_gap(row_gain, impulse(), 1, 1), 1.0, "equivariance_gap(row_gain, impulse, 1, 1)")
