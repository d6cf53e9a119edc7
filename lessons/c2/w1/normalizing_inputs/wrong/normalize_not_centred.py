
def normalize_inputs(X, mu, sigma2, epsilon=1e-8):
    return X / np.sqrt(sigma2 + epsilon)
