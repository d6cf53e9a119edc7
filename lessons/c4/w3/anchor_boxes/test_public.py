"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

ANCHORS = np.array([[1.0, 3.0], [3.0, 1.0], [2.0, 2.0]])


def test_centred_iou_worked_example():
    expect(sub.centred_iou(np.array([1.0, 2.0]), ANCHORS),
           np.array([2 / 3, 0.25, 0.5]), "centred_iou([1, 2], anchors)")


def test_assign_anchors_worked_example():
    boxes = np.array([[1.0, 2.0], [4.0, 1.5], [2.5, 2.0]])
    expect(sub.assign_anchors(boxes, ANCHORS), np.array([0, 1, 2]), "assign_anchors(boxes, anchors)")
