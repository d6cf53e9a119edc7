def cosine_similarity(u, v):
    return float(np.sum(u * v))
