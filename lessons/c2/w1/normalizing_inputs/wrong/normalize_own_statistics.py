
def normalize_inputs(X, mu, sigma2, epsilon=1e-8):
    mu = np.mean(X, axis=1, keepdims=True)
    sigma2 = np.var(X, axis=1, keepdims=True)
    return (X - mu) / np.sqrt(sigma2 + epsilon)
