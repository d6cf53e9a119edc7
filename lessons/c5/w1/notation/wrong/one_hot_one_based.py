
def one_hot_sequence(indices, vocab_size):
    X = np.zeros((vocab_size, len(indices)))
    for t, i in enumerate(indices):
        X[i - 1, t] = 1.0
    return X
