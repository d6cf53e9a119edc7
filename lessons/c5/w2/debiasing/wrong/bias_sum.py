def bias_direction(pairs, word_to_vec):
    return np.sum([word_to_vec[second] - word_to_vec[first] for first, second in pairs], axis=0)
