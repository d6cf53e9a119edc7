"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

IMAGE = np.array([[1.0, 4, 2, 0, 3, 1, 2],
                  [0, 2, 5, 1, 1, 4, 3],
                  [3, 1, 0, 2, 6, 2, 1],
                  [2, 2, 4, 3, 0, 1, 5],
                  [1, 0, 3, 5, 2, 2, 0],
                  [4, 1, 1, 0, 3, 6, 2],
                  [0, 3, 2, 1, 4, 1, 1]])
KERNEL = np.array([[1.0, 0, 2], [-1, 1, 0], [0, 2, -1]])


def test_conv_output_size_examples():
    expect(sub.conv_output_size(7, 3, 0, 2), 3, "conv_output_size(7, 3, 0, 2)", strict_type=True)
    expect(sub.conv_output_size(6, 3, 0, 2), 2, "conv_output_size(6, 3, 0, 2)", strict_type=True)
    expect(sub.conv_output_size(7, 3, 1, 2), 4, "conv_output_size(7, 3, 1, 2)", strict_type=True)
    expect(sub.conv_output_size(5, 3, 1, 2), 3, "conv_output_size(5, 3, 1, 2)", strict_type=True)


def test_conv2d_strided_seven_by_seven():
    expect(sub.conv2d_strided(IMAGE, KERNEL, 2),
           np.array([[9.0, 2, 13], [0, 19, 13], [8, 4, 6]]), "conv2d_strided(IMAGE, KERNEL, 2)")
