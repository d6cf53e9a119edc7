
def sample_log_uniform(low, high, num_samples, seed=0):
    rng = np.random.default_rng(seed)
    u = rng.random(num_samples)
    a, b = np.log10(low), np.log10(high)
    return a + (b - a) * u
