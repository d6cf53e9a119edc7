def pixel_accuracy(pred_mask, true_mask):
    return np.mean(pred_mask == true_mask, axis=0)
