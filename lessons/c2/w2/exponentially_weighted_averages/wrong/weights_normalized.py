
def ewa_weights(beta, t):
    i = np.arange(1, t + 1)
    weights = (1 - beta) * beta ** (t - i)
    return weights / weights.sum()
