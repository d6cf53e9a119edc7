
def sentence_log_probability(y_hat, indices):
    return float(np.log(np.prod(word_probabilities(y_hat, indices))))
