def embedding_lookup(E, indices):
    return E[:, indices].T
