def neutralize(word, g, word_to_vec):
    e = word_to_vec[word]
    e -= (np.dot(e, g) / np.sum(g * g)) * g
    return e
