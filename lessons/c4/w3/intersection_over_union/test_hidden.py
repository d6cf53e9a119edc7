"""Hidden tests: fresh boxes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [2, 17, 40]


def random_boxes(rng, n):
    corners = rng.uniform(0, 10, size=(n, 2))
    sizes = rng.uniform(0.5, 6, size=(n, 2))
    return np.concatenate([corners, corners + sizes], axis=1)


@pytest.mark.parametrize("box", [(1, 2, 4, 8), (-3, -1, 2, 0.5), (0.5, 0.5, 0.75, 3)])
def test_box_area_values(box):
    """Area is width times height: (x2 - x1) * (y2 - y1), not x2 * y2."""
    expect(sub.box_area(box), (box[2] - box[0]) * (box[3] - box[1]), f"box_area({box})")


def test_box_area_not_square():
    """Width comes from the x coordinates (indices 0 and 2), height from y (indices 1 and 3)."""
    expect(sub.box_area((1, 1, 2, 6)), 5.0, "box_area((1, 1, 2, 6))")


@pytest.mark.parametrize("seed", SEEDS)
def test_iou_random_pairs(seed):
    """Intersection corners: the LARGER of the two top-left values, the SMALLER of the bottom-right."""
    rng = np.random.default_rng(seed)
    boxes = random_boxes(rng, 12)
    for i in range(0, 12, 2):
        b1, b2 = tuple(boxes[i]), tuple(boxes[i + 1])
        expected = reference().iou(b1, b2)
        expect(sub.iou(b1, b2), expected, f"iou({b1}, {b2})")


def test_iou_far_apart_is_zero():
    """When boxes do not overlap, both intersection sides are negative: clamp each at 0 first."""
    expect(sub.iou((5, 5, 6, 7), (0, 0, 2, 1)), 0.0, "iou of far-apart boxes")


def test_iou_touching_edges_is_zero():
    """Boxes that only share an edge have zero intersection area."""
    expect(sub.iou((0, 0, 2, 2), (2, 0, 4, 2)), 0.0, "iou of boxes sharing an edge")


def test_iou_symmetric_and_self():
    """IoU is symmetric, a box has IoU 1 with itself, and it always lies in [0, 1]."""
    b1, b2 = (1, 1, 5, 3), (2, 0, 3, 6)
    expect(sub.iou(b1, b2), sub.iou(b2, b1), "iou(b1, b2) vs iou(b2, b1)")
    expect(sub.iou(b1, b1), 1.0, "iou(b, b)")
    assert 0 <= sub.iou(b1, b2) <= 1, "IoU must lie between 0 and 1"


def test_iou_box_inside_box():
    """A small box inside a big one: intersection = small area, union = big area."""
    expect(sub.iou((0, 0, 10, 10), (2, 2, 4, 7)), 10 / 100, "iou(big, small inside)")


def test_iou_is_float():
    """Return a plain Python float."""
    assert isinstance(sub.iou((0, 0, 2, 2), (1, 1, 3, 3)), float), "iou should return a float"


@pytest.mark.parametrize("seed", SEEDS)
def test_iou_matrix_random(seed):
    """Broadcast boxes_a as (n, 1, 4) against boxes_b as (1, k, 4); result shape (n, k)."""
    rng = np.random.default_rng(seed)
    a, b = random_boxes(rng, 5), random_boxes(rng, 3)
    a_copy, b_copy = a.copy(), b.copy()
    expected = reference().iou_matrix(a_copy, b_copy)
    expect(sub.iou_matrix(a, b), expected, "iou_matrix(a, b)")


def test_iou_matrix_disjoint_and_identity():
    """Disjoint pairs give 0 (clamp negatives with np.maximum(..., 0)); equal boxes give 1."""
    a = np.array([[0, 0, 1, 1], [4, 4, 6, 9], [2, 0, 3, 5]], dtype=float)
    b = np.array([[5, 5, 8, 8], [4, 4, 6, 9]], dtype=float)
    ious = sub.iou_matrix(a, b)
    assert ious.shape == (3, 2), f"expected shape (3, 2), got {ious.shape}"
    expect(ious[0, 0], 0.0, "ious[0, 0] (far apart)")
    expect(ious[2, 0], 0.0, "ious[2, 0] (far apart)")
    expect(ious[1, 1], 1.0, "ious[1, 1] (same box)")
