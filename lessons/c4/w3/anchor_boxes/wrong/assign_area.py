def assign_anchors(boxes_wh, anchors_wh):
    areas = anchors_wh[:, 0] * anchors_wh[:, 1]
    return np.array([np.argmin(np.abs(areas - b[0] * b[1])) for b in boxes_wh], dtype=int)
