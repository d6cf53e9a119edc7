def cooccurrence_matrix(indices, vocab_size, window):
    X = np.zeros((vocab_size, vocab_size))
    T = len(indices)
    for c in range(T):
        for t in range(c + 1, min(T, c + window + 1)):
            X[indices[c], indices[t]] += 1
    return X
