
def random_search_configs(low, high, num_trials, seed=0):
    rng = np.random.default_rng(seed)
    u = rng.random((num_trials, low.shape[0]))
    return low + (high - low) * u
