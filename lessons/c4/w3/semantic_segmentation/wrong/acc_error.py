def pixel_accuracy(pred_mask, true_mask):
    return float(np.mean(pred_mask != true_mask))
