"""Semantic segmentation: one class per pixel, and how to score a predicted mask.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def predict_mask(scores):
    """Turn per-pixel class scores into a mask of class labels.

    Arguments:
    scores -- numpy array of shape (h, w, C): one score per class for every pixel

    Returns:
    mask -- integer array of shape (h, w): the index of the best class at each pixel
    """
    # YOUR CODE STARTS HERE
    # stub: mask = None
    mask = np.argmax(scores, axis=-1)
    # YOUR CODE ENDS HERE
    return mask


def pixel_accuracy(pred_mask, true_mask):
    """Fraction of pixels whose predicted class equals the true class.

    Arguments:
    pred_mask -- integer array (h, w)
    true_mask -- integer array (h, w)

    Returns:
    accuracy -- float in [0, 1]
    """
    # YOUR CODE STARTS HERE
    # stub: accuracy = None
    accuracy = float(np.mean(pred_mask == true_mask))
    # YOUR CODE ENDS HERE
    return accuracy


def per_class_iou(pred_mask, true_mask, num_classes):
    """Intersection over union of the predicted and true regions of every class.

    Arguments:
    pred_mask -- integer array (h, w)
    true_mask -- integer array (h, w)
    num_classes -- C

    Returns:
    ious -- float array (C,): |pred == c and true == c| / |pred == c or true == c|,
            np.nan for a class that appears in neither mask
    """
    # YOUR CODE STARTS HERE
    # stub: ious = None
    ious = np.full(num_classes, np.nan)
    for c in range(num_classes):
        p, t = pred_mask == c, true_mask == c
        union = np.sum(p | t)
        if union > 0:
            ious[c] = np.sum(p & t) / union
    # YOUR CODE ENDS HERE
    return ious
