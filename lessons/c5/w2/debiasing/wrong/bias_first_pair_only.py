def bias_direction(pairs, word_to_vec):
    first, second = pairs[0]
    return word_to_vec[second] - word_to_vec[first]
