"""Intersection over union: how much do two boxes agree?

Boxes are given by two corners, (x1, y1, x2, y2): (x1, y1) is the top-left corner and
(x2, y2) the bottom-right one, with x1 < x2 and y1 < y2.
"""

import numpy as np


def box_area(box):
    """Area of one box given by its corners.

    Arguments:
    box -- tuple or list (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2

    Returns:
    area -- a Python float, (x2 - x1) * (y2 - y1)
    """
    # YOUR CODE STARTS HERE
    # stub: area = None
    x1, y1, x2, y2 = box
    area = float((x2 - x1) * (y2 - y1))
    # YOUR CODE ENDS HERE
    return area


def iou(box1, box2):
    """Intersection over union of two boxes given by their corners.

    Arguments:
    box1 -- tuple or list (x1, y1, x2, y2)
    box2 -- tuple or list (x1, y1, x2, y2)

    Returns:
    iou -- a Python float in [0, 1]: intersection area / union area
    """
    # YOUR CODE STARTS HERE
    # stub: iou = None
    xi1 = max(box1[0], box2[0])
    yi1 = max(box1[1], box2[1])
    xi2 = min(box1[2], box2[2])
    yi2 = min(box1[3], box2[3])
    inter_width = max(xi2 - xi1, 0)
    inter_height = max(yi2 - yi1, 0)
    inter_area = inter_width * inter_height
    union_area = box_area(box1) + box_area(box2) - inter_area
    iou = float(inter_area / union_area)
    # YOUR CODE ENDS HERE
    return iou


def iou_matrix(boxes_a, boxes_b):
    """IoU of every box of boxes_a with every box of boxes_b, vectorised.

    Arguments:
    boxes_a -- numpy array of shape (n, 4), one box (x1, y1, x2, y2) per row
    boxes_b -- numpy array of shape (k, 4)

    Returns:
    ious -- numpy array of shape (n, k): ious[i, j] = iou(boxes_a[i], boxes_b[j])
    """
    # YOUR CODE STARTS HERE
    # stub: ious = None
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    inter_w = np.maximum(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0)
    inter_h = np.maximum(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0)
    inter = inter_w * inter_h
    area_a = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1])
    area_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    ious = inter / (area_a + area_b - inter)
    # YOUR CODE ENDS HERE
    return ious
