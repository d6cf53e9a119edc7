
def sample_momentum_betas(low, high, num_samples, seed=0):
    a, b = np.log10(1 - high), np.log10(1 - low)
    r = a + (b - a) * np.random.rand(num_samples)
    return 1 - 10 ** r
