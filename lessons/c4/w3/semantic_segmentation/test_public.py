"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

TRUE = np.array([[0, 0, 1, 1], [0, 2, 2, 1], [0, 2, 2, 1]])
PRED = np.array([[0, 0, 1, 1], [0, 0, 2, 1], [2, 2, 2, 1]])


def test_predict_mask_worked_example():
    scores = np.array([[[2.0, 0.5, -1.0], [0.1, 0.3, 0.2], [-1.0, -2.0, 0.0]],
                       [[0.0, 4.0, 1.0], [1.0, 1.0, 3.0], [5.0, 0.0, 0.0]]])
    expect(sub.predict_mask(scores), np.array([[0, 1, 2], [1, 2, 0]]), "predict_mask(scores)")


def test_pixel_accuracy_worked_example():
    expect(sub.pixel_accuracy(PRED, TRUE), 10 / 12, "pixel_accuracy(pred, true)")


def test_per_class_iou_worked_example():
    ious = np.asarray(sub.per_class_iou(PRED, TRUE, 4), dtype=float)
    expect(ious.shape, (4,), "per_class_iou(...).shape")
    assert np.isnan(ious[3]), "class 3 appears in neither mask: its IoU should be np.nan"
    expect(ious[:3], np.array([0.6, 1.0, 0.6]), "per_class_iou(pred, true, 4)[:3]")
