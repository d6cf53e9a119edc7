
def sentence_log_probability(y_hat, indices):
    return float(np.sum(np.log10(word_probabilities(y_hat, indices))))
