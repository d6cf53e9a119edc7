
def identity_gamma_beta(Z, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    return mu, np.sqrt(var + epsilon)
