
def sample_log_uniform(low, high, num_samples, seed=0):
    rng = np.random.default_rng(seed)
    r = -4 * rng.random(num_samples)
    return 10 ** r
