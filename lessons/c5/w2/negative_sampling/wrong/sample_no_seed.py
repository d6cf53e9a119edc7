def sample_negatives(counts, k, seed):
    return np.random.choice(len(counts), size=k, p=negative_sampling_distribution(counts))
