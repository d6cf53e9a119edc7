def predict_mask(scores):
    return np.argmax(scores.reshape(scores.shape[0], -1), axis=-1)
