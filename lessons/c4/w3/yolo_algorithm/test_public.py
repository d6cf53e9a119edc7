"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_yolo_output_shape_course_example():
    expect(sub.yolo_output_shape(19, 5, 80), (19, 19, 425), "yolo_output_shape(19, 5, 80)")
    expect(sub.yolo_output_shape(3, 2, 3), (3, 3, 16), "yolo_output_shape(3, 2, 3)")


def test_yolo_filter_boxes_worked_example():
    conf = np.array([0.9, 0.5, 0.8, 0.3]).reshape(1, 2, 2, 1)
    probs = np.array([[0.1, 0.7, 0.2], [0.9, 0.05, 0.05],
                      [0.25, 0.25, 0.5], [0.0, 0.0, 1.0]]).reshape(1, 2, 2, 3)
    boxes = np.arange(16, dtype=float).reshape(1, 2, 2, 4)
    scores, kept, classes = sub.yolo_filter_boxes(conf, boxes, probs, threshold=0.4)
    expect(scores, np.array([0.63, 0.45, 0.4]), "scores")
    expect(kept, np.arange(12, dtype=float).reshape(3, 4), "kept_boxes")
    expect(classes, np.array([1, 0, 2]), "classes")
