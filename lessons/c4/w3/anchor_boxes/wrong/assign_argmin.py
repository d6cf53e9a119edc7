def assign_anchors(boxes_wh, anchors_wh):
    return np.array([np.argmin(centred_iou(b, anchors_wh)) for b in boxes_wh], dtype=int)
