"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [2, 9, 31]


def _shapes(rng, n):
    return rng.uniform(0.2, 5.0, size=(n, 2))


@pytest.mark.parametrize("seed", SEEDS)
def test_centred_iou_random(seed):
    """Intersection of centred boxes = min(widths) * min(heights); union = area1 + area2 - intersection."""
    rng = np.random.default_rng(seed)
    box, anchors = _shapes(rng, 1)[0], _shapes(rng, seed % 4 + 3)
    expected = reference().centred_iou(box.copy(), anchors.copy())
    expect(sub.centred_iou(box, anchors), expected, "centred_iou(box, anchors)")


def test_centred_iou_properties():
    """Identical shapes give IoU 1; a box inside a bigger anchor gives its area ratio; IoU is symmetric."""
    anchors = np.array([[2.0, 3.0], [4.0, 6.0]])
    expect(sub.centred_iou(np.array([2.0, 3.0]), anchors), np.array([1.0, 0.25]), "centred_iou")
    a, b = np.array([1.5, 4.0]), np.array([3.0, 2.5])
    expect(sub.centred_iou(a, b[None, :])[0], sub.centred_iou(b, a[None, :])[0], "IoU(b, a)")


def test_centred_iou_leaves_inputs_alone():
    """Do not modify box_wh or anchors_wh in place."""
    box, anchors = np.array([1.0, 2.0]), np.array([[1.0, 3.0], [3.0, 1.0]])
    sub.centred_iou(box, anchors)
    expect(anchors, np.array([[1.0, 3.0], [3.0, 1.0]]), "anchors after the call")


@pytest.mark.parametrize("seed", SEEDS)
def test_assign_anchors_random(seed):
    """Pick the anchor with the HIGHEST IoU (argmax), one index per object."""
    rng = np.random.default_rng(seed)
    boxes, anchors = _shapes(rng, 7 + seed % 3), _shapes(rng, 5)
    expected = reference().assign_anchors(boxes.copy(), anchors.copy())
    got = sub.assign_anchors(boxes, anchors)
    expect(np.asarray(got).shape, expected.shape, "assign_anchors(...).shape")
    expect(got, expected, "assign_anchors(boxes, anchors)")


def test_assign_anchors_shape_not_area():
    """Two anchors with the same area: a tall box must go to the tall anchor, a wide box to the wide one."""
    anchors = np.array([[4.0, 1.0], [1.0, 4.0]])
    boxes = np.array([[0.8, 3.5], [3.0, 0.9], [1.2, 4.4]])
    expect(sub.assign_anchors(boxes, anchors), np.array([1, 0, 1]), "assign_anchors")
