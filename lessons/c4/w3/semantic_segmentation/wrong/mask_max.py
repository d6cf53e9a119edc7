def predict_mask(scores):
    return np.max(scores, axis=-1)
