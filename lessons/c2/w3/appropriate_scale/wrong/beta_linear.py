
def sample_momentum_betas(low, high, num_samples, seed=0):
    rng = np.random.default_rng(seed)
    return low + (high - low) * rng.random(num_samples)
