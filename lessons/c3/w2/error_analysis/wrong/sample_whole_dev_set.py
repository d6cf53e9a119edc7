
def sample_misclassified(Y, Y_pred, num_examples, seed=0):
    candidates = np.arange(Y.shape[1])
    k = min(num_examples, candidates.size)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(candidates, size=k, replace=False))
