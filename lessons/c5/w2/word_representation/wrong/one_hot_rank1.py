def one_hot(index, vocab_size):
    o = np.zeros(vocab_size)
    o[index] = 1.0
    return o
