def per_class_iou(pred_mask, true_mask, num_classes):
    ious = np.full(num_classes, np.nan)
    for c in range(num_classes):
        p, t = pred_mask == c, true_mask == c
        union = np.sum(p) + np.sum(t)
        if union > 0:
            ious[c] = np.sum(p & t) / union
    return ious
