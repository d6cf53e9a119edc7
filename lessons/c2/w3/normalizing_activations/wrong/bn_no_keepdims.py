
def batchnorm_forward(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1)
    var = np.var(Z, axis=1)
    Z_norm = (Z - mu) / np.sqrt(var + epsilon)
    return gamma * Z_norm + beta, {"Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma,
                                   "epsilon": epsilon}
