def cosine_similarity(u, v):
    return float(np.sum(u * v) / (np.sum(u * u) * np.sum(v * v)))
