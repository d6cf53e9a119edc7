def per_class_iou(pred_mask, true_mask, num_classes):
    ious = np.full(num_classes, np.nan)
    for c in range(num_classes):
        p, t = pred_mask == c, true_mask == c
        if np.sum(p | t) > 0:
            ious[c] = np.sum(p & t) / max(np.sum(t), 1)
    return ious
