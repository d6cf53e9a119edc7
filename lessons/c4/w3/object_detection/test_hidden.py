"""Hidden tests: other image, window and stride sizes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("image_hw,window_hw,stride", [
    ((64, 96), (16, 24), 8), ((37, 50), (10, 10), 3), ((30, 30), (30, 30), 5),
    ((120, 45), (20, 44), 1), ((9, 200), (3, 7), 4),
])
def test_num_windows_shapes(image_hw, window_hw, stride):
    """Per direction: (image - window) // stride + 1 positions (the +1 counts the first window)."""
    expect(sub.num_windows(image_hw, window_hw, stride),
           reference().num_windows(image_hw, window_hw, stride), f"num_windows{image_hw, window_hw, stride}")


def test_num_windows_window_too_big():
    """A window taller AND wider than the image fits nowhere: 0, never a positive product of negatives."""
    expect(sub.num_windows((50, 60), (80, 90), 10), 0, "num_windows((50, 60), (80, 90), 10)")
    expect(sub.num_windows((50, 60), (20, 90), 10), 0, "num_windows((50, 60), (20, 90), 10)")


def test_num_windows_is_int():
    """Return a Python int (use // so nothing becomes a float)."""
    assert isinstance(sub.num_windows((64, 64), (16, 16), 8), int), "num_windows should return an int"


@pytest.mark.parametrize("seed,shape,window,stride", [
    (1, (12, 17, 3), (4, 6), 3), (2, (9, 9, 2), (3, 3), 2), (3, (20, 11, 1), (7, 5), 4),
])
def test_crop_windows_random(seed, shape, window, stride):
    """Windows start at 0, stride, 2*stride, ... up to and including H - h; rows outer, columns inner."""
    image = np.random.default_rng(seed).normal(size=shape)
    expected = reference().crop_windows(image.copy(), window, stride)
    expect(sub.crop_windows(image, window, stride), expected, "crop_windows(image, window, stride)")


def test_crop_windows_count_matches():
    """The number of crops must equal num_windows for the same sizes, including the last window."""
    image = np.zeros((10, 13, 2))
    crops = sub.crop_windows(image, (4, 5), 3)
    assert crops.shape == (reference().num_windows((10, 13), (4, 5), 3), 4, 5, 2), \
        f"expected shape (9, 4, 5, 2), got {crops.shape}"


@pytest.mark.parametrize("image_hw,sizes,stride", [
    ((480, 640), [64, 128, 256], 16), ((200, 90), [30, 60, 100], 10), ((50, 50), [60, 70], 5),
])
def test_total_windows_scales(image_hw, sizes, stride):
    """Add num_windows over every window size; sizes that do not fit contribute 0."""
    expect(sub.total_windows(image_hw, sizes, stride),
           reference().total_windows(image_hw, sizes, stride), f"total_windows{image_hw, sizes, stride}")
