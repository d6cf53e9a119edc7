def bias_direction(pairs, word_to_vec):
    return np.mean([word_to_vec[first] - word_to_vec[second] for first, second in pairs], axis=0)
