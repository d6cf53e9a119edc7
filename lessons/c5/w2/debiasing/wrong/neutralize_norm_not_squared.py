def neutralize(word, g, word_to_vec):
    e = word_to_vec[word]
    return e - (np.dot(e, g) / np.linalg.norm(g)) * g
