def background_reuse(noise_ids):
    counts = np.bincount(np.asarray(noise_ids))
    m = len(noise_ids)
    distinct = len(counts)
    return distinct, m / distinct, float(counts.max() / m)
