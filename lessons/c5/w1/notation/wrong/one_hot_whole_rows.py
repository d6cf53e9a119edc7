
def one_hot_sequence(indices, vocab_size):
    X = np.zeros((vocab_size, len(indices)))
    X[indices, :] = 1.0
    return X
