"""The YOLO algorithm: the shape of its output volume and the first filtering step.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def yolo_output_shape(grid_size, num_anchors, num_classes):
    """Shape of the YOLO output volume for one image.

    Arguments:
    grid_size -- S, the image is cut into an S x S grid
    num_anchors -- number of anchor boxes per cell
    num_classes -- number of object classes C

    Returns:
    shape -- tuple (S, S, num_anchors * (5 + C))
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    shape = (grid_size, grid_size, num_anchors * (5 + num_classes))
    # YOUR CODE ENDS HERE
    return shape


def yolo_filter_boxes(box_confidence, boxes, box_class_probs, threshold=0.6):
    """Keep the boxes whose best class score reaches the threshold.

    Arguments:
    box_confidence -- array (S, S, A, 1): p_c for every anchor of every cell
    boxes -- array (S, S, A, 4): box coordinates
    box_class_probs -- array (S, S, A, C): class probabilities c_1 ... c_C
    threshold -- keep a box if its best class score >= threshold

    Returns:
    scores -- array (N,): the best class score of each kept box
    kept_boxes -- array (N, 4): the coordinates of the kept boxes
    classes -- integer array (N,): the class index of each kept box
    """
    # YOUR CODE STARTS HERE
    # stub: scores, kept_boxes, classes = None, None, None
    box_scores = box_confidence * box_class_probs
    box_classes = np.argmax(box_scores, axis=-1)
    box_class_scores = np.max(box_scores, axis=-1)
    mask = box_class_scores >= threshold
    scores = box_class_scores[mask]
    kept_boxes = boxes[mask]
    classes = box_classes[mask]
    # YOUR CODE ENDS HERE
    return scores, kept_boxes, classes
