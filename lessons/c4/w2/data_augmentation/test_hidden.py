"""Hidden tests: random batches of non-square uint8 images, seeds and shifts."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SHAPES = [(3, 4, 6, 3), (2, 5, 3, 1), (4, 7, 8, 3)]


def random_images(shape, seed):
    return np.random.default_rng(seed).integers(0, 256, size=shape, dtype=np.uint8)


@pytest.mark.parametrize("shape", SHAPES)
def test_mirror_random(shape):
    """Reverse the WIDTH axis (axis 2) only: not the rows, the batch or the colour channels."""
    images = random_images(shape, sum(shape))
    expected = images[:, :, ::-1, :].copy()
    expect(sub.mirror(images), expected, "mirror(images)")


def test_mirror_twice_is_identity():
    """Mirroring twice gives back the original batch, in the original order, as uint8."""
    images = random_images((3, 5, 4, 3), 1)
    expect(sub.mirror(sub.mirror(images.copy())), images, "mirror(mirror(images))", strict_type=True)


def test_mirror_leaves_input_alone():
    """Do not flip the input in place."""
    images = random_images((2, 3, 5, 3), 2)
    before = images.copy()
    sub.mirror(images)
    expect(images, before, "images after mirror")


@pytest.mark.parametrize("shape, crop_h, crop_w, seed", [((3, 6, 8, 3), 4, 5, 1), ((5, 7, 5, 1), 3, 2, 9),
                                                         ((4, 5, 9, 3), 5, 4, 17)])
def test_random_crop_random(shape, crop_h, crop_w, seed):
    """One window per image, in order; for each image draw the top row first, then the left column, both with rng.integers(0, size - crop + 1)."""
    images = random_images(shape, seed)
    expected = reference().random_crop(images.copy(), crop_h, crop_w, np.random.default_rng(seed))
    expect(sub.random_crop(images, crop_h, crop_w, np.random.default_rng(seed)), expected,
           "random_crop(images, crop_h, crop_w, rng)")


def test_random_crop_reaches_every_position():
    """Over many crops every top row from 0 to n_H - crop_h must occur (the upper bound of rng.integers is exclusive)."""
    images = np.broadcast_to(np.arange(6, dtype=np.uint8).reshape(1, 6, 1, 1), (200, 6, 4, 1)).copy()
    crops = sub.random_crop(images, 3, 4, np.random.default_rng(5))
    tops = set(crops[:, 0, 0, 0].tolist())
    assert tops == {0, 1, 2, 3}, f"top rows seen: {sorted(tops)}, expected all of 0, 1, 2, 3"


def test_random_crop_images_get_different_windows():
    """Each image draws its own window: with 50 images, the crops should not all come from the same place."""
    images = np.broadcast_to(np.arange(10, dtype=np.uint8).reshape(1, 1, 10, 1), (50, 3, 10, 1)).copy()
    crops = sub.random_crop(images, 2, 4, np.random.default_rng(3))
    assert len(set(crops[:, 0, 0, 0].tolist())) > 1, "every image got the same window"


@pytest.mark.parametrize("shape, shifts", [((3, 4, 6, 3), [60, -90, 15]), ((2, 5, 3, 1), [-200]),
                                           ((4, 3, 5, 3), [255, 0, -255])])
def test_color_shift_random(shape, shifts):
    """Add each channel's shift in a WIDER integer type, clip to [0, 255], then convert back to uint8."""
    images = random_images(shape, len(shifts) + shape[0])
    expected = np.clip(images.astype(int) + np.array(shifts), 0, 255).astype(np.uint8)
    expect(sub.color_shift(images, shifts), expected, "color_shift(images, shifts)", strict_type=True)


def test_color_shift_saturates():
    """250 + 20 must give 255 (not 14) and 5 - 20 must give 0 (not 241)."""
    images = np.array([[[[250, 5, 128]]]], dtype=np.uint8)
    expect(sub.color_shift(images, [20, -20, 0]), np.array([[[[255, 0, 128]]]], dtype=np.uint8),
           "color_shift([[250, 5, 128]], [20, -20, 0])")


def test_color_shift_leaves_input_alone():
    """Do not shift the input in place."""
    images = random_images((3, 2, 4, 3), 8)
    before = images.copy()
    sub.color_shift(images, [10, 20, 30])
    expect(images, before, "images after color_shift")


def test_color_shift_returns_uint8():
    """Pictures stay uint8: convert the clipped result back with .astype(np.uint8)."""
    shifted = sub.color_shift(random_images((2, 3, 4, 3), 4), [5, -5, 40])
    assert shifted.dtype == np.uint8, f"expected dtype uint8, got {shifted.dtype}"
