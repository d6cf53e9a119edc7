def yolo_filter_boxes(box_confidence, boxes, box_class_probs, threshold=0.6):
    box_scores = box_class_probs
    mask = np.max(box_scores, axis=-1) >= threshold
    return np.max(box_scores, axis=-1)[mask], boxes[mask], np.argmax(box_scores, axis=-1)[mask]
