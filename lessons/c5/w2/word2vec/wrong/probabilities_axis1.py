def skipgram_probabilities(e_c, theta):
    z = np.dot(theta.T, e_c)
    return np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
