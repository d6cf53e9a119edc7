
def sample_misclassified(Y, Y_pred, num_examples, seed=0):
    wrong = np.flatnonzero(Y_pred[0] != Y[0])
    k = min(num_examples, wrong.size)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(wrong, size=k, replace=True))
