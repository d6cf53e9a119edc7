def skipgram_probabilities(e_c, theta):
    z = np.exp(np.dot(theta.T, e_c))
    return z / np.sum(z)
