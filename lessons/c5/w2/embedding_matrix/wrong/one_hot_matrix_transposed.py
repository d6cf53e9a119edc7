def one_hot_matrix(indices, vocab_size):
    O = np.zeros((len(indices), vocab_size))
    O[np.arange(len(indices)), indices] = 1.0
    return O
