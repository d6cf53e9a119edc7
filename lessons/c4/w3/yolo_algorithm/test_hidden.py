"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("s,a,c", [(7, 2, 20), (13, 3, 1), (4, 1, 6)])
def test_yolo_output_shape_various(s, a, c):
    """Every anchor slot holds 5 numbers (p_c, b_x, b_y, b_h, b_w) plus C class numbers: A * (5 + C) channels."""
    expect(tuple(sub.yolo_output_shape(s, a, c)), (s, s, a * (5 + c)), "yolo_output_shape")


def _volume(seed):
    rng = np.random.default_rng(seed)
    s, a, c = 3 + seed % 3, 2 + seed % 2, 4 + seed % 5
    conf = rng.uniform(0, 1, size=(s, s, a, 1))
    logits = rng.normal(0, 2, size=(s, s, a, c))
    probs = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
    boxes = rng.normal(0, 1, size=(s, s, a, 4))
    return conf, boxes, probs


@pytest.mark.parametrize("seed", [1, 6, 17])
@pytest.mark.parametrize("threshold", [0.3, 0.5])
def test_yolo_filter_boxes_random(seed, threshold):
    """Score = p_c * class probability; keep a box when its BEST score (max over classes) >= threshold."""
    conf, boxes, probs = _volume(seed)
    exp_scores, exp_boxes, exp_classes = reference().yolo_filter_boxes(
        conf.copy(), boxes.copy(), probs.copy(), threshold)
    scores, kept, classes = sub.yolo_filter_boxes(conf, boxes, probs, threshold)
    expect(scores, exp_scores, "scores")
    expect(kept, exp_boxes, "kept_boxes")
    expect(classes, exp_classes, "classes")


def test_yolo_filter_boxes_threshold_is_inclusive():
    """A score exactly equal to the threshold is kept (>=, not >)."""
    conf = np.array([0.5, 0.5]).reshape(1, 1, 2, 1)
    probs = np.array([[0.5, 0.5], [0.25, 0.75]]).reshape(1, 1, 2, 2)
    boxes = np.ones((1, 1, 2, 4))
    scores, kept, classes = sub.yolo_filter_boxes(conf, boxes, probs, threshold=0.25)
    expect(scores, np.array([0.25, 0.375]), "scores")
    expect(kept.shape, (2, 4), "kept_boxes.shape")


def test_yolo_filter_boxes_confident_but_unsure():
    """A high p_c with spread-out class probabilities must be dropped: filter on p_c * c_i, not on p_c alone."""
    conf = np.array([0.95, 0.6]).reshape(1, 1, 2, 1)
    probs = np.array([[0.34, 0.33, 0.33], [0.0, 1.0, 0.0]]).reshape(1, 1, 2, 3)
    boxes = np.array([[1.0, 1, 2, 2], [3.0, 3, 4, 4]]).reshape(1, 1, 2, 4)
    scores, kept, classes = sub.yolo_filter_boxes(conf, boxes, probs, threshold=0.5)
    expect(kept, np.array([[3.0, 3, 4, 4]]), "kept_boxes")
    expect(classes, np.array([1]), "classes")


def test_yolo_filter_boxes_leaves_inputs_alone():
    """Do not modify the input arrays in place."""
    conf, boxes, probs = _volume(4)
    before = probs.copy()
    sub.yolo_filter_boxes(conf, boxes, probs, 0.4)
    expect(probs, before, "box_class_probs after the call")
