"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_box_area_example():
    expect(sub.box_area((0, 0, 4, 3)), 12.0, "box_area((0, 0, 4, 3))")


def test_iou_overlapping_example():
    expect(sub.iou((0, 0, 4, 3), (2, 1, 6, 5)), 1 / 6, "iou((0, 0, 4, 3), (2, 1, 6, 5))")


def test_iou_no_overlap_example():
    expect(sub.iou((0, 0, 1, 1), (2, 2, 3, 3)), 0.0, "iou((0, 0, 1, 1), (2, 2, 3, 3))")


def test_iou_matrix_example():
    a = np.array([[0, 0, 4, 3], [0, 0, 1, 1]], dtype=float)
    b = np.array([[2, 1, 6, 5], [2, 2, 3, 3], [0, 0, 4, 3]], dtype=float)
    expected = np.array([[1 / 6, 1 / 12, 1.0], [0.0, 0.0, 1 / 12]])
    expect(sub.iou_matrix(a, b), expected, "iou_matrix(a, b)")
