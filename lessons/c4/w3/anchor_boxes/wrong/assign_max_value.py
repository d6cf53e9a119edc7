def assign_anchors(boxes_wh, anchors_wh):
    return np.array([np.argmax(centred_iou(b, anchors_wh[:, ::-1])) for b in boxes_wh], dtype=int)
