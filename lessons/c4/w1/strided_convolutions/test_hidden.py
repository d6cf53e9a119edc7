"""Hidden tests: many sizes, strides and pads; non-square images; an independent formula."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SIZE_CASES = [(10, 3, 0, 3), (9, 4, 2, 2), (28, 5, 0, 1), (13, 2, 1, 4), (64, 7, 3, 2),
              (8, 8, 0, 5), (15, 1, 0, 7)]


@pytest.mark.parametrize("n, f, pad, stride", SIZE_CASES)
def test_conv_output_size_cases(n, f, pad, stride):
    """floor((n + 2p - f) / s) + 1: pad on both sides, round DOWN (the filter never sticks out
    of the padded image), then add 1 for the starting position; return an int."""
    expected = math.floor((n + 2 * pad - f) / stride) + 1
    expect(sub.conv_output_size(n, f, pad, stride), expected,
           f"conv_output_size({n}, {f}, {pad}, {stride})", strict_type=True)


def test_conv_output_size_stride_one_same():
    """With stride 1 and p = (f - 1) / 2 the output is as big as the input ("same")."""
    for n, f in [(6, 3), (11, 5), (20, 7)]:
        expect(sub.conv_output_size(n, f, (f - 1) // 2, 1), n,
               f"conv_output_size({n}, {f}, {(f - 1) // 2}, 1)")


def slow_strided(image, kernel, stride):
    """An independent formula: every valid position, then keep every stride-th one."""
    f = kernel.shape[0]
    full = np.array([[np.sum(image[i:i + f, j:j + f] * kernel)
                      for j in range(image.shape[1] - f + 1)]
                     for i in range(image.shape[0] - f + 1)])
    return full[::stride, ::stride]


@pytest.mark.parametrize("seed, shape, f, stride", [(1, (9, 7), 3, 2), (2, (8, 11), 3, 3),
                                                    (3, (10, 6), 2, 2), (4, (12, 12), 4, 3),
                                                    (5, (6, 9), 3, 1)])
def test_conv2d_strided_random(seed, shape, f, stride):
    """Output (h, w) uses image[h*s : h*s + f, w*s : w*s + f]: BOTH the start and the end of
    the window move by the stride, along the rows and along the columns."""
    rng = np.random.default_rng(seed)
    image, kernel = rng.normal(size=shape), rng.normal(size=(f, f))
    expected = slow_strided(image.copy(), kernel.copy(), stride)
    expect(sub.conv2d_strided(image, kernel, stride), expected, "conv2d_strided(image, kernel, s)")


def test_conv2d_strided_skips_positions_that_stick_out():
    """A 6 x 8 image, 3 x 3 filter, stride 2: floor(3/2) + 1 = 2 rows and floor(5/2) + 1 = 3
    columns; the last row and column of pixels are never reached."""
    image = np.random.default_rng(6).random((6, 8))
    kernel = np.ones((3, 3))
    expected = reference().conv2d_strided(image.copy(), kernel, 2)
    result = sub.conv2d_strided(image, kernel, 2)
    expect(result, expected, "conv2d_strided(6 x 8 image, ones, 2)")


def test_conv2d_strided_leaves_inputs_alone():
    """Read the image and the kernel; never write into them."""
    rng = np.random.default_rng(7)
    image, kernel = rng.normal(size=(7, 9)), rng.normal(size=(3, 3))
    image_copy, kernel_copy = image.copy(), kernel.copy()
    sub.conv2d_strided(image, kernel, 2)
    expect(image, image_copy, "the image after conv2d_strided")
    expect(kernel, kernel_copy, "the kernel after conv2d_strided")
