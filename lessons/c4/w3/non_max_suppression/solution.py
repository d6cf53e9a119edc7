"""Non-max suppression: keep the best box for each object, drop its duplicates.

Boxes are rows (x1, y1, x2, y2) of a numpy array of shape (n, 4); scores has shape (n,).
The helper `iou` is given: you only write the two graded functions.
"""

import numpy as np


def iou(box1, box2):
    """Intersection over union of two boxes (x1, y1, x2, y2). Given, not graded."""
    xi1, yi1 = max(box1[0], box2[0]), max(box1[1], box2[1])
    xi2, yi2 = min(box1[2], box2[2]), min(box1[3], box2[3])
    inter = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    area1 = (box1[2] - box1[0]) * (box1[3] - box1[1])
    area2 = (box2[2] - box2[0]) * (box2[3] - box2[1])
    return float(inter / (area1 + area2 - inter))


def non_max_suppression(boxes, scores, iou_threshold=0.5):
    """Greedy non-max suppression.

    Take the highest-scoring remaining box, keep it, and discard every remaining box whose IoU
    with it is above iou_threshold. Repeat until no box remains.

    Arguments:
    boxes -- numpy array of shape (n, 4), one box (x1, y1, x2, y2) per row
    scores -- numpy array of shape (n,), the confidence of each box
    iou_threshold -- a box is discarded when its IoU with a kept box is > iou_threshold

    Returns:
    keep -- Python list of the kept indices (ints), highest score first
    """
    # YOUR CODE STARTS HERE
    # stub: keep = None
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    keep = []
    while order:
        best = order.pop(0)
        keep.append(best)
        order = [i for i in order if iou(boxes[best], boxes[i]) <= iou_threshold]
    # YOUR CODE ENDS HERE
    return keep


def nms_per_class(boxes, scores, classes, iou_threshold=0.5):
    """Non-max suppression run separately for each class.

    A car box never suppresses a pedestrian box, however much they overlap.

    Arguments:
    boxes -- numpy array of shape (n, 4)
    scores -- numpy array of shape (n,)
    classes -- numpy integer array of shape (n,), the predicted class of each box
    iou_threshold -- as in non_max_suppression

    Returns:
    keep -- Python list of kept indices into the ORIGINAL arrays, highest score first
    """
    # YOUR CODE STARTS HERE
    # stub: keep = None
    keep = []
    for c in np.unique(classes):
        idx = np.flatnonzero(classes == c)
        kept_local = non_max_suppression(boxes[idx], scores[idx], iou_threshold)
        keep.extend(int(idx[k]) for k in kept_local)
    keep.sort(key=lambda i: -scores[i])
    # YOUR CODE ENDS HERE
    return keep
