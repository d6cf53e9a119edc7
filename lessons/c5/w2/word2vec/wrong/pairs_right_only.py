def skipgram_pairs(indices, window):
    pairs = []
    T = len(indices)
    for c in range(T):
        for t in range(c + 1, min(T, c + window + 1)):
            pairs.append((indices[c], indices[t]))
    return pairs
