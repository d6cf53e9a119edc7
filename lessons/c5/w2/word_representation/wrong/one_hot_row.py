def one_hot(index, vocab_size):
    o = np.zeros((1, vocab_size))
    o[0, index] = 1.0
    return o
