
def random_search_configs(low, high, num_trials, seed=0):
    steps = np.linspace(0.0, 1.0, num_trials, endpoint=False)
    return low.reshape(-1, 1) + (high - low).reshape(-1, 1) * steps
