def predict_mask(scores):
    return np.argmax(scores, axis=0)
