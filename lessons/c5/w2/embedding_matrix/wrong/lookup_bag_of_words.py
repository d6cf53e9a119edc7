def embedding_lookup(E, indices):
    multi_hot = np.zeros((E.shape[1], 1))
    multi_hot[indices, 0] = 1.0
    return E @ multi_hot
