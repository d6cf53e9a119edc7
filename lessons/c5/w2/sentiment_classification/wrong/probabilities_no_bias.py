def sentiment_probabilities(avgs, W, b):
    z = np.dot(W, avgs)
    return np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)
