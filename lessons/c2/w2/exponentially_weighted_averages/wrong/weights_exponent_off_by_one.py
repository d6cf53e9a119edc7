
def ewa_weights(beta, t):
    i = np.arange(1, t + 1)
    return (1 - beta) * beta ** (t - i + 1)
