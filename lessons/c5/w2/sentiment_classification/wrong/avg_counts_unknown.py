def sentence_to_avg(sentence, word_to_vec):
    n_e = len(next(iter(word_to_vec.values())))
    words = sentence.lower().split()
    avg = np.zeros(n_e)
    for w in words:
        if w in word_to_vec:
            avg = avg + word_to_vec[w]
    return avg / len(words)
