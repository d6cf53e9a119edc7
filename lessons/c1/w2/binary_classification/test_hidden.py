"""Hidden tests: fresh shapes and seeds, checked against independent formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SHAPES = [(5, 4, 4, 3), (3, 6, 2, 3), (7, 3, 5, 1), (1, 8, 8, 3)]


def _images(shape):
    rng = np.random.default_rng(sum(shape) * 31 + shape[0])
    return rng.integers(0, 256, size=shape, dtype=np.uint8)


@pytest.mark.parametrize("shape", SHAPES)
def test_flatten_and_standardize_shape(shape):
    """X has one COLUMN per image: shape (height * width * channels, m)."""
    images = _images(shape)
    m = shape[0]
    n_x = shape[1] * shape[2] * shape[3]
    X = sub.flatten_and_standardize(images)
    assert isinstance(X, np.ndarray), "return a numpy array"
    assert X.shape == (n_x, m), f"X.shape is {X.shape}, expected (n_x, m) = {(n_x, m)}"


@pytest.mark.parametrize("shape", SHAPES)
def test_flatten_and_standardize_columns_are_images(shape):
    """Column j must hold exactly the pixels of image j, in order, divided by 255."""
    images = _images(shape)
    X = sub.flatten_and_standardize(images)
    for j in range(shape[0]):
        expect(X[:, j], images[j].reshape(-1) / 255, f"X[:, {j}] (image {j})")


@pytest.mark.parametrize("shape", SHAPES[:2])
def test_flatten_and_standardize_matches_reference(shape):
    """Reshape to (m, -1), transpose, then divide by 255 with true (not floor) division."""
    images = _images(shape)
    expect(sub.flatten_and_standardize(images), reference().flatten_and_standardize(images),
           "flatten_and_standardize(images)")


def test_flatten_and_standardize_range_and_input():
    """Standardized pixels lie in [0, 1], white (255) becomes exactly 1, and the input is untouched."""
    images = _images((4, 3, 3, 3))
    images[0, 0, 0, 0], images[1, 2, 2, 2] = 255, 0
    before = images.copy()
    X = sub.flatten_and_standardize(images)
    assert X.min() >= 0 and X.max() <= 1, "values must be divided by 255"
    expect(float(X.max()), 1.0, "the brightest pixel (255 / 255)")
    assert np.array_equal(images, before), "do not modify the images you are given"


@pytest.mark.parametrize("seed,positive", [(1, 6), (2, 0), (3, 9)])
def test_binary_labels_values(seed, positive):
    """1.0 exactly where the class equals positive_class, 0.0 everywhere else, as a (1, m) row."""
    labels = np.random.default_rng(seed).integers(0, 10, size=11 + seed)
    expected = np.array([[1.0 if c == positive else 0.0 for c in labels]])
    expect(sub.binary_labels(labels, positive), expected, "binary_labels(labels)")


@pytest.mark.parametrize("m", [1, 4, 9])
def test_binary_labels_shape(m):
    """Y is a ROW vector of shape (1, m): neither (m,) nor (m, 1)."""
    labels = np.arange(m) % 3
    Y = sub.binary_labels(labels, 1)
    assert isinstance(Y, np.ndarray), "return a numpy array"
    assert Y.shape == (1, m), f"Y.shape is {Y.shape}, expected (1, {m})"


def test_binary_labels_counts_positives():
    """The sum of Y counts the positive examples; every entry is 0 or 1."""
    labels = np.array([4, 4, 1, 7, 4, 2, 4])
    Y = sub.binary_labels(labels, 4)
    assert set(np.unique(Y).tolist()) <= {0.0, 1.0}, "labels must be 0 or 1"
    expect(float(np.sum(Y)), 4.0, "sum(Y), the number of positives")
    expect(Y, reference().binary_labels(labels, 4), "binary_labels(labels, 4)")
