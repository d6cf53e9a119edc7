def sentiment_probabilities(avgs, W, b):
    return 1 / (1 + np.exp(-(np.dot(W, avgs) + b)))
