def sentence_to_avg(sentence, word_to_vec):
    n_e = len(next(iter(word_to_vec.values())))
    avg = np.zeros(n_e)
    for w in sentence.lower().split():
        if w in word_to_vec:
            avg = avg + word_to_vec[w]
    return avg
