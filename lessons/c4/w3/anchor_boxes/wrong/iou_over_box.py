def centred_iou(box_wh, anchors_wh):
    inter = (np.minimum(box_wh[0], anchors_wh[:, 0])
             * np.minimum(box_wh[1], anchors_wh[:, 1]))
    return inter / (box_wh[0] * box_wh[1])
