
def sample_momentum_betas(low, high, num_samples, seed=0):
    return sample_log_uniform(low, high, num_samples, seed)
