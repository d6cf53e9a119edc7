def one_hot_matrix(indices, vocab_size):
    O = np.zeros((vocab_size, len(indices)))
    O[[i - 1 for i in indices], np.arange(len(indices))] = 1.0
    return O
