def skipgram_pairs(indices, window):
    pairs = []
    T = len(indices)
    for c in range(T):
        for t in range(max(0, c - window), min(T, c + window + 1)):
            pairs.append((indices[c], indices[t]))
    return pairs
