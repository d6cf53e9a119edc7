
def ewa_weights(beta, t):
    i = np.arange(1, t + 1)
    return beta ** (t - i)
