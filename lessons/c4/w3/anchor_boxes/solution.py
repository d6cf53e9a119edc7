"""Anchor boxes: give each object to the anchor whose shape fits it best.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def centred_iou(box_wh, anchors_wh):
    """IoU between one box shape and k anchor shapes, all centred on the same point.

    Arguments:
    box_wh -- numpy array of shape (2,): the object's (width, height)
    anchors_wh -- numpy array of shape (k, 2): one (width, height) per anchor

    Returns:
    ious -- numpy array of shape (k,): IoU of the box with each anchor
    """
    # YOUR CODE STARTS HERE
    # stub: ious = None
    inter = (np.minimum(box_wh[0], anchors_wh[:, 0])
             * np.minimum(box_wh[1], anchors_wh[:, 1]))
    union = box_wh[0] * box_wh[1] + anchors_wh[:, 0] * anchors_wh[:, 1] - inter
    ious = inter / union
    # YOUR CODE ENDS HERE
    return ious


def assign_anchors(boxes_wh, anchors_wh):
    """For every object, the index of the anchor with the highest centred IoU.

    Arguments:
    boxes_wh -- numpy array of shape (n, 2): one (width, height) per object
    anchors_wh -- numpy array of shape (k, 2)

    Returns:
    best -- numpy integer array of shape (n,), values in 0..k-1
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best = np.array([np.argmax(centred_iou(b, anchors_wh)) for b in boxes_wh], dtype=int)
    # YOUR CODE ENDS HERE
    return best
