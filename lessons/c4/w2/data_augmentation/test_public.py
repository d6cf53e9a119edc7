"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

# one 2 x 2 RGB image
IMAGE = np.array([[[[10, 200, 30], [40, 50, 250]],
                   [[0, 128, 255], [90, 5, 60]]]], dtype=np.uint8)


def test_mirror_example():
    expected = np.array([[[[40, 50, 250], [10, 200, 30]],
                          [[90, 5, 60], [0, 128, 255]]]], dtype=np.uint8)
    expect(sub.mirror(IMAGE), expected, "mirror(image)")


def test_random_crop_example():
    images = np.arange(40, dtype=np.uint8).reshape(2, 4, 5, 1)
    crops = sub.random_crop(images, 2, 3, np.random.default_rng(0))
    expected = np.array([[[11, 12, 13], [16, 17, 18]],
                         [[25, 26, 27], [30, 31, 32]]], dtype=np.uint8).reshape(2, 2, 3, 1)
    expect(crops, expected, "random_crop(images, 2, 3, np.random.default_rng(0))")


def test_color_shift_example():
    expected = np.array([[[[30, 180, 50], [60, 30, 255]],
                          [[20, 108, 255], [110, 0, 80]]]], dtype=np.uint8)
    expect(sub.color_shift(IMAGE, [20, -20, 20]), expected, "color_shift(image, [20, -20, 20])")
