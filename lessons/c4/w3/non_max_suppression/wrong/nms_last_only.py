import numpy as np


def non_max_suppression(boxes, scores, iou_threshold=0.5):
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    keep = []
    for i in order:
        if not keep or iou(boxes[keep[-1]], boxes[i]) <= iou_threshold:
            keep.append(i)
    return keep
