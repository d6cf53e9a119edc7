def sentiment_probabilities(avgs, W, b):
    z = np.dot(W, avgs) + b
    return np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
