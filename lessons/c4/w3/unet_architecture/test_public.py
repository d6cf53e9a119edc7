"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_concat_skip_worked_example():
    dec = np.arange(8.0).reshape(2, 2, 2)
    enc = 10 + np.arange(4.0).reshape(2, 2, 1)
    expected = np.array([[[0.0, 1.0, 10.0], [2.0, 3.0, 11.0]],
                         [[4.0, 5.0, 12.0], [6.0, 7.0, 13.0]]])
    expect(sub.concat_skip(dec, enc), expected, "concat_skip(dec, enc)")


def test_unet_shapes_worked_example():
    expected = {"skips": [(8, 12, 4), (4, 6, 8)], "bottleneck": (2, 3, 16),
                "concats": [(4, 6, 16), (8, 12, 8)], "output": (8, 12, 5)}
    expect(sub.unet_shapes((8, 12, 3), 4, 2, 5), expected, "unet_shapes((8, 12, 3), 4, 2, 5)")
