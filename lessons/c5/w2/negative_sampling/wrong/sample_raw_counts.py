def sample_negatives(counts, k, seed):
    rng = np.random.default_rng(seed)
    return rng.choice(len(counts), size=k, p=counts / np.sum(counts))
