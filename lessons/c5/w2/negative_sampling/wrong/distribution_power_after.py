def negative_sampling_distribution(counts):
    return np.power(counts / np.sum(counts), 0.75)
