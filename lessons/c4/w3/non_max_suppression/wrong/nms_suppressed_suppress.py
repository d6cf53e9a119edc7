import numpy as np


def non_max_suppression(boxes, scores, iou_threshold=0.5):
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    keep = []
    for pos, i in enumerate(order):
        if all(iou(boxes[j], boxes[i]) <= iou_threshold for j in order[:pos]):
            keep.append(i)
    return keep
