
def sentence_log_probability(y_hat, indices):
    return float(np.mean(np.log(word_probabilities(y_hat, indices))))
