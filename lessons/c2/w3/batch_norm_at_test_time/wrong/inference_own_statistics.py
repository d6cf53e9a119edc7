def batchnorm_inference(z, running_mu, running_var, gamma, beta, epsilon=1e-8):
    mu = np.mean(z, axis=1, keepdims=True)
    sigma2 = np.var(z, axis=1, keepdims=True)
    z_norm = (z - mu) / np.sqrt(sigma2 + epsilon)
    return gamma * z_norm + beta
