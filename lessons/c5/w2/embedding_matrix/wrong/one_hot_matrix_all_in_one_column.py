def one_hot_matrix(indices, vocab_size):
    O = np.zeros((vocab_size, len(indices)))
    O[indices, 0] = 1.0
    return O
