def yolo_filter_boxes(box_confidence, boxes, box_class_probs, threshold=0.6):
    box_scores = box_confidence * box_class_probs
    best = np.max(box_scores, axis=-1)
    mask = best > threshold
    return best[mask], boxes[mask], np.argmax(box_scores, axis=-1)[mask]
