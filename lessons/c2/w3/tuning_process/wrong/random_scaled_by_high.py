
def random_search_configs(low, high, num_trials, seed=0):
    n_h = low.shape[0]
    rng = np.random.default_rng(seed)
    u = rng.random((n_h, num_trials))
    return low.reshape(n_h, 1) + high.reshape(n_h, 1) * u
