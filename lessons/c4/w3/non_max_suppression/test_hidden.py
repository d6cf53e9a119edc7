"""Hidden tests: fresh boxes, scores and thresholds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [1, 8, 23]


def scene(seed, n):
    """n boxes clustered around a few objects, with distinct scores."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(5, 25, size=(3, 2))
    pick = rng.integers(0, 3, size=n)
    xy = centres[pick] + rng.normal(0, 1.2, size=(n, 2))
    wh = rng.uniform(3, 6, size=(n, 2))
    boxes = np.concatenate([xy - wh / 2, xy + wh / 2], axis=1)
    scores = rng.permutation(np.linspace(0.3, 0.99, n))
    return boxes, scores


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7])
def test_non_max_suppression_random_scenes(seed, threshold):
    """Visit the boxes in DECREASING score order; drop a box when its IoU with a kept box is > threshold."""
    boxes, scores = scene(seed, 11)
    expected = reference().non_max_suppression(boxes.copy(), scores.copy(), threshold)
    expect(sub.non_max_suppression(boxes, scores, threshold), expected,
           f"non_max_suppression(boxes, scores, {threshold})")


def test_non_max_suppression_suppressed_box_suppresses_nothing():
    """Only KEPT boxes suppress others: a discarded box must not knock out its own neighbours."""
    boxes = np.array([[0, 0, 4, 4], [2, 0, 6, 4], [4, 0, 8, 4]], dtype=float)
    scores = np.array([0.9, 0.8, 0.7])
    expect(sub.non_max_suppression(boxes, scores, 0.3), [0, 2], "kept indices of a chain")


def test_non_max_suppression_compares_with_every_kept_box():
    """A candidate must be checked against ALL kept boxes, not only the most recent one."""
    boxes = np.array([[0, 0, 4, 4], [20, 20, 24, 24], [0.5, 0, 4.5, 4]], dtype=float)
    scores = np.array([0.9, 0.8, 0.7])
    expect(sub.non_max_suppression(boxes, scores, 0.5), [0, 1], "kept indices")


def test_non_max_suppression_highest_first():
    """The result lists indices of the original arrays, highest score first."""
    boxes = np.array([[0, 0, 1, 1], [5, 5, 6, 6], [10, 10, 11, 11]], dtype=float)
    scores = np.array([0.2, 0.9, 0.5])
    expect(sub.non_max_suppression(boxes, scores, 0.5), [1, 2, 0], "order of kept indices")


def test_non_max_suppression_properties():
    """Kept boxes never overlap each other above the threshold, and inputs stay untouched."""
    boxes, scores = scene(5, 14)
    b_copy, s_copy = boxes.copy(), scores.copy()
    keep = sub.non_max_suppression(boxes, scores, 0.4)
    assert np.array_equal(boxes, b_copy) and np.array_equal(scores, s_copy), \
        "non_max_suppression must not modify boxes or scores"
    assert len(set(keep)) == len(keep), "an index appears twice"
    iou = reference().iou
    for a in keep:
        for b in keep:
            assert a == b or iou(boxes[a], boxes[b]) <= 0.4, f"kept boxes {a} and {b} overlap too much"


@pytest.mark.parametrize("seed", SEEDS)
def test_nms_per_class_random(seed):
    """Run NMS on each class's boxes alone, map the kept positions back to ORIGINAL indices, sort by score."""
    boxes, scores = scene(seed, 12)
    classes = np.random.default_rng(seed + 100).integers(0, 3, size=12)
    expected = reference().nms_per_class(boxes.copy(), scores.copy(), classes.copy(), 0.5)
    expect(sub.nms_per_class(boxes, scores, classes, 0.5), expected, "nms_per_class(...)")


def test_nms_per_class_other_class_survives():
    """Two boxes on the same spot but of different classes are both kept."""
    boxes = np.array([[0, 0, 4, 4], [0, 0, 4, 4], [0.2, 0, 4.2, 4]], dtype=float)
    scores = np.array([0.9, 0.8, 0.7])
    classes = np.array([2, 5, 2])
    expect(sub.nms_per_class(boxes, scores, classes, 0.5), [0, 1], "nms_per_class(...)")
