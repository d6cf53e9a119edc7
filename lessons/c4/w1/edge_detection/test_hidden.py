"""Hidden tests: non-square images and kernels, seeds, and properties of edges."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def slow_correlation(image, kernel):
    """An independent formula: one shifted copy of the image per kernel entry."""
    f = kernel.shape[0]
    n_H, n_W = image.shape[0] - f + 1, image.shape[1] - f + 1
    out = np.zeros((n_H, n_W))
    for i in range(f):
        for j in range(f):
            out += kernel[i, j] * image[i:i + n_H, j:j + n_W]
    return out


@pytest.mark.parametrize("seed, shape, f", [(1, (7, 5), 3), (2, (6, 9), 2), (3, (8, 8), 5),
                                            (4, (5, 11), 1)])
def test_conv2d_random(seed, shape, f):
    """Z[h, w] = sum(image[h:h+f, w:w+f] * kernel): an element-wise product (not a matrix
    product), the kernel not flipped, and n - f + 1 positions along each axis."""
    rng = np.random.default_rng(seed)
    image, kernel = rng.normal(size=shape), rng.normal(size=(f, f))
    expected = slow_correlation(image.copy(), kernel.copy())
    expect(sub.conv2d(image, kernel), expected, "conv2d(image, kernel)")


def test_conv2d_output_shape_non_square():
    """The output has n_H - f + 1 rows and n_W - f + 1 columns: two different numbers here."""
    out = sub.conv2d(np.ones((9, 4)), np.ones((3, 3)))
    expect(out, np.full((7, 2), 9.0), "conv2d(ones (9, 4), ones (3, 3))")


def test_conv2d_is_not_flipped():
    """Deep learning's "convolution" does not flip the kernel: a single bright pixel in the
    bottom-right corner of the patch meets kernel[f-1, f-1], not kernel[0, 0]."""
    image = np.zeros((3, 3))
    image[2, 2] = 1.0
    kernel = np.arange(9.0).reshape(3, 3)
    expect(sub.conv2d(image, kernel), np.array([[8.0]]), "conv2d(impulse, kernel)")


def test_conv2d_leaves_inputs_alone():
    """Read the image and kernel, never write to them."""
    rng = np.random.default_rng(9)
    image, kernel = rng.normal(size=(6, 7)), rng.normal(size=(3, 3))
    image_copy, kernel_copy = image.copy(), kernel.copy()
    sub.conv2d(image, kernel)
    expect(image, image_copy, "the image after conv2d")
    expect(kernel, kernel_copy, "the kernel after conv2d")


@pytest.mark.parametrize("seed, shape", [(5, (8, 6)), (6, (5, 10))])
def test_detect_edges_random(seed, shape):
    """vertical uses [[1, 0, -1]] * 3; horizontal uses its transpose [[1, 1, 1], [0, 0, 0],
    [-1, -1, -1]]; both keep the sign of the edge."""
    image = np.random.default_rng(seed).random(shape)
    expected = reference().detect_edges(image.copy())
    vertical, horizontal = sub.detect_edges(image)
    expect(vertical, expected[0], "vertical edges")
    expect(horizontal, expected[1], "horizontal edges")


def test_detect_edges_dark_to_light():
    """Dark on the left, bright on the right is a NEGATIVE vertical edge; dark on top,
    bright below is a negative horizontal edge. The sign tells the direction."""
    left_dark = np.array([[0.0] * 4 + [1.0] * 4] * 5)
    vertical, horizontal = sub.detect_edges(left_dark)
    expect(vertical, np.array([[0.0, 0, -3, -3, 0, 0]] * 3), "vertical edges of a dark-left image")
    expect(horizontal, np.zeros((3, 6)), "horizontal edges of a dark-left image")
    top_dark = np.array([[0.0] * 5] * 4 + [[1.0] * 5] * 4)
    vertical, horizontal = sub.detect_edges(top_dark)
    expect(horizontal, np.array([[0.0] * 3, [0] * 3, [-3] * 3, [-3] * 3, [0] * 3, [0] * 3]),
           "horizontal edges of a dark-top image")
