"""Hidden tests: colour images of several sizes, labels of several shapes, and the properties a
flip and a crop must have (mirrored, aligned, inside the image, every position possible)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def images(shape, seed):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(np.uint8)


LABELS = [lambda m: np.arange(m) % 3, lambda m: (np.arange(m) % 2).reshape(m, 1),
          lambda m: np.eye(4)[np.arange(m) % 4]]


@pytest.mark.parametrize("shape, make_labels", [((5, 6, 8, 3), LABELS[0]),
                                                ((3, 4, 7, 1), LABELS[1]),
                                                ((6, 5, 5, 3), LABELS[2])])
def test_augment_with_flips_matches_reference(shape, make_labels):
    """Originals first, then their mirror images (flip the WIDTH axis, X[:, :, ::-1, :]); the
    labels are the original labels twice, in the same order."""
    X, Y = images(shape, shape[0]), make_labels(shape[0])
    expected = reference().augment_with_flips(X.copy(), Y.copy())
    expect(sub.augment_with_flips(X, Y), expected, f"augment_with_flips(X {shape}, Y {Y.shape})")


def test_augment_with_flips_mirror_property():
    """Image m + i must be image i mirrored left to right: same rows, same colours, columns in
    reverse order."""
    X = images((4, 5, 6, 3), 7)
    X_aug, _ = sub.augment_with_flips(X, np.arange(4))
    for i in range(4):
        expect(np.asarray(X_aug)[4 + i], X[i][:, ::-1, :], f"X_aug[{4 + i}]")


def test_augment_with_flips_labels_stay_with_images():
    """The label of a mirrored cat is still 'cat': Y_aug[m + i] must equal Y[i]."""
    Y = np.array([2, 0, 1, 1, 0])
    _, Y_aug = sub.augment_with_flips(images((5, 3, 3, 3), 8), Y)
    expect(Y_aug, np.array([2, 0, 1, 1, 0, 2, 0, 1, 1, 0]), "Y_aug")


def test_augment_with_flips_keeps_colours():
    """Mirroring moves pixels, never colours: the channel axis stays in order."""
    X = np.zeros((1, 2, 3, 3), dtype=np.uint8)
    X[0, :, 0, 0] = 255                      # a red column on the left edge
    X_aug, _ = sub.augment_with_flips(X, np.array([1]))
    expect(np.asarray(X_aug)[1, :, 2, :], np.array([[255, 0, 0], [255, 0, 0]]),
           "the right edge of the mirrored image (red, green, blue)")


def test_augment_with_flips_leaves_inputs_alone():
    """Build new arrays; X and Y are not changed."""
    X, Y = images((3, 4, 5, 3), 9), np.array([[1], [0], [1]])
    X_before, Y_before = X.copy(), Y.copy()
    sub.augment_with_flips(X, Y)
    expect(X, X_before, "X after the call")
    expect(Y, Y_before, "Y after the call")


@pytest.mark.parametrize("shape, crop, seed", [((5, 8, 10, 3), (5, 7), 1), ((3, 6, 6, 1), (3, 3), 2),
                                               ((7, 9, 5, 3), (4, 5), 3)])
def test_random_crops_matches_reference(shape, crop, seed):
    """np.random.seed(seed); tops = randint(0, h - crop_h + 1, size=m); lefts = randint(0,
    w - crop_w + 1, size=m); crop i is X[i, top:top + crop_h, left:left + crop_w, :]."""
    X = images(shape, seed)
    expected = reference().random_crops(X.copy(), crop[0], crop[1], seed)
    expect(sub.random_crops(X, crop[0], crop[1], seed), expected,
           f"random_crops(X {shape}, {crop[0]}, {crop[1]}, seed={seed})")


def offsets_of(crop, image):
    h, w = crop.shape[:2]
    return [(t, left) for t in range(image.shape[0] - h + 1)
            for left in range(image.shape[1] - w + 1)
            if np.array_equal(image[t:t + h, left:left + w], crop)]


def test_random_crops_are_windows_of_their_own_image():
    """Each crop is a crop_h x crop_w window of the SAME image, with every channel."""
    X = images((6, 7, 9, 3), 11)
    crops = np.asarray(sub.random_crops(X, 4, 6, 11))
    assert crops.shape == (6, 4, 6, 3), f"crops.shape is {crops.shape}, expected (6, 4, 6, 3)"
    for i in range(6):
        assert offsets_of(crops[i], X[i]), f"crop {i} is not a window of image {i}"


def test_random_crops_every_position_possible():
    """All h - crop_h + 1 rows and w - crop_w + 1 columns can be the corner, the last ones
    included: randint's upper bound is exclusive."""
    m = 300
    X = np.broadcast_to(np.arange(20).reshape(1, 4, 5, 1), (m, 4, 5, 1)).copy()
    crops = np.asarray(sub.random_crops(X, 3, 3, 5))
    corners = {(int(c[0, 0, 0]) // 5, int(c[0, 0, 0]) % 5) for c in crops}
    expect(sorted(corners), [(t, left) for t in range(2) for left in range(3)],
           "the corners (top, left) that occur in 300 crops")


def test_random_crops_differ_between_images():
    """Every image gets its own random window: draw m tops and m lefts, not one of each."""
    X = np.broadcast_to(np.arange(64).reshape(1, 8, 8, 1), (40, 8, 8, 1)).copy()
    crops = np.asarray(sub.random_crops(X, 4, 4, 6))
    corners = {int(c[0, 0, 0]) for c in crops}
    assert len(corners) > 1, "all 40 images were cropped at the same position"


def test_random_crops_full_size():
    """A crop as big as the image can only be the whole image."""
    X = images((3, 4, 6, 3), 12)
    expect(sub.random_crops(X, 4, 6, 0), X, "random_crops(X, h, w)")


def test_random_crops_keep_dtype():
    """Pixels stay pixels: crops of uint8 images are uint8 (give np.zeros dtype=X.dtype, or
    slice and stack)."""
    crops = sub.random_crops(images((2, 5, 5, 3), 13), 3, 3, 1)
    assert np.asarray(crops).dtype == np.uint8, f"crops have dtype {np.asarray(crops).dtype}"


def test_random_crops_leave_inputs_alone():
    """Cropping must not change the original images."""
    X = images((4, 6, 6, 3), 14)
    before = X.copy()
    sub.random_crops(X, 3, 4, 2)
    expect(X, before, "X after the call")
