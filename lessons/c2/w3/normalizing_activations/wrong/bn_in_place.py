
def batchnorm_forward(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    Z -= mu
    var = np.mean(Z ** 2, axis=1, keepdims=True)
    Z /= np.sqrt(var + epsilon)
    Z_norm = Z.copy()
    return gamma * Z_norm + beta, {"Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma,
                                   "epsilon": epsilon}
