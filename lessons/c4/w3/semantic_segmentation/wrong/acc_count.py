def pixel_accuracy(pred_mask, true_mask):
    return float(np.sum(pred_mask == true_mask))
