
def random_search_configs(low, high, num_trials, seed=0):
    rng = np.random.default_rng(seed)
    u = rng.random((low.shape[0], num_trials))
    return low + (high - low) * u
