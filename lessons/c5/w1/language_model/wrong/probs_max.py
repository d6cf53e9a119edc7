
def word_probabilities(y_hat, indices):
    return np.max(y_hat, axis=0)
