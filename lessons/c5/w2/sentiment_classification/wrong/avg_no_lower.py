def sentence_to_avg(sentence, word_to_vec):
    n_e = len(next(iter(word_to_vec.values())))
    known = [word_to_vec[w] for w in sentence.split() if w in word_to_vec]
    if not known:
        return np.zeros(n_e)
    return np.sum(known, axis=0) / len(known)
