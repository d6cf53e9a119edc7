def negative_sampling_distribution(counts):
    return counts / np.sum(counts)
