def background_reuse(noise_ids):
    ids, counts = np.unique(np.asarray(noise_ids), return_counts=True)
    m = len(noise_ids)
    distinct = int(len(ids))
    return distinct, m / distinct, float(counts.max() / distinct)
