"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

BOXES = np.array([[0, 0, 4, 4], [1, 0, 5, 4], [10, 10, 14, 13], [3, 0, 7, 4],
                  [10, 10.5, 14, 13.5]], dtype=float)
SCORES = np.array([0.6, 0.9, 0.7, 0.5, 0.8])


def test_non_max_suppression_example():
    expect(sub.non_max_suppression(BOXES, SCORES, 0.5), [1, 4, 3],
           "non_max_suppression(BOXES, SCORES, 0.5)")


def test_nms_per_class_example():
    classes = np.array([0, 1, 0, 1, 0])
    expect(sub.nms_per_class(BOXES, SCORES, classes, 0.5), [1, 4, 0, 3],
           "nms_per_class(BOXES, SCORES, classes, 0.5)")
