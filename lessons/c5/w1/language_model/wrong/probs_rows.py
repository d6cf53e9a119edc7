
def word_probabilities(y_hat, indices):
    return y_hat[indices]
