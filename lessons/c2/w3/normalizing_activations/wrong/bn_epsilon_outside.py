
def batchnorm_forward(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_norm = (Z - mu) / (np.sqrt(var) + epsilon)
    return gamma * Z_norm + beta, {"Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma,
                                   "epsilon": epsilon}
