def negative_sampling_distribution(counts):
    return np.ones(len(counts)) / len(counts)
