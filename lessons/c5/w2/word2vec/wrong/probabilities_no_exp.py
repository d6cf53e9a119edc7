def skipgram_probabilities(e_c, theta):
    z = np.dot(theta.T, e_c)
    return z / np.sum(z, axis=0, keepdims=True)
