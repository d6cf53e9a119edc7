"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [5, 12, 40]


def _masks(seed, c=4):
    rng = np.random.default_rng(seed)
    h, w = 5 + seed % 4, 9 + seed % 3
    true = rng.integers(0, c, size=(h, w))
    pred = np.where(rng.uniform(size=(h, w)) < 0.7, true, rng.integers(0, c, size=(h, w)))
    return pred, true


@pytest.mark.parametrize("seed", SEEDS)
def test_predict_mask_random(seed):
    """Take the argmax over the LAST axis (the classes), giving one label per pixel of shape (h, w)."""
    rng = np.random.default_rng(seed)
    scores = rng.normal(size=(4 + seed % 3, 7, 5))
    expected = reference().predict_mask(scores.copy())
    got = sub.predict_mask(scores)
    expect(np.asarray(got).shape, expected.shape, "predict_mask(scores).shape")
    expect(got, expected, "predict_mask(scores)")


def test_predict_mask_returns_labels_not_scores():
    """The mask holds class indices (integers 0..C-1), not the winning score values."""
    scores = np.array([[[0.2, 7.5, 1.0], [3.3, 0.0, 0.1]]])
    expect(sub.predict_mask(scores), np.array([[1, 0]]), "predict_mask(scores)")


@pytest.mark.parametrize("seed", SEEDS)
def test_pixel_accuracy_random(seed):
    """Accuracy is the MEAN of (pred == true) over all h * w pixels: one number between 0 and 1."""
    pred, true = _masks(seed)
    expected = reference().pixel_accuracy(pred.copy(), true.copy())
    expect(float(np.asarray(sub.pixel_accuracy(pred, true))), expected, "pixel_accuracy(pred, true)")


def test_pixel_accuracy_extremes():
    """A perfect mask scores 1.0 and a completely wrong one 0.0."""
    true = np.arange(12).reshape(3, 4) % 3
    expect(float(sub.pixel_accuracy(true.copy(), true)), 1.0, "pixel_accuracy(true, true)")
    expect(float(sub.pixel_accuracy((true + 1) % 3, true)), 0.0, "pixel_accuracy(wrong, true)")


@pytest.mark.parametrize("seed", SEEDS)
def test_per_class_iou_random(seed):
    """IoU of class c = |pred==c AND true==c| / |pred==c OR true==c|, for every class 0..C-1."""
    pred, true = _masks(seed, c=5)
    expected = reference().per_class_iou(pred.copy(), true.copy(), 5)
    got = np.asarray(sub.per_class_iou(pred, true, 5), dtype=float)
    expect(got.shape, expected.shape, "per_class_iou(...).shape")
    expect(np.isnan(got), np.isnan(expected), "which classes are nan")
    ok = ~np.isnan(expected)
    expect(got[ok], expected[ok], "per_class_iou(pred, true, 5)")


def test_per_class_iou_absent_class_and_perfect():
    """A class in neither mask is np.nan (not 0); a perfectly predicted class has IoU 1, including the last class."""
    true = np.array([[0, 0, 2], [2, 2, 0]])
    ious = np.asarray(sub.per_class_iou(true.copy(), true, 3), dtype=float)
    assert np.isnan(ious[1]), "class 1 is absent from both masks: expected np.nan"
    expect(ious[[0, 2]], np.array([1.0, 1.0]), "IoU of classes 0 and 2")
