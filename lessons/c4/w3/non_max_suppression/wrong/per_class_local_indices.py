import numpy as np


def nms_per_class(boxes, scores, classes, iou_threshold=0.5):
    keep = []
    for c in np.unique(classes):
        idx = np.flatnonzero(classes == c)
        keep.extend(non_max_suppression(boxes[idx], scores[idx], iou_threshold))
    return keep
