
def identity_gamma_beta(Z, epsilon=1e-8):
    return np.ones((Z.shape[0], 1)), np.zeros((Z.shape[0], 1))
