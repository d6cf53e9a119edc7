def cosine_similarity(u, v):
    return float(np.sum(u * v) / np.sqrt(np.sum(u * u)))
