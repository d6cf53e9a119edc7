def batchnorm_inference(z, running_mu, running_var, gamma, beta, epsilon=1e-8):
    z_norm = (z - running_mu) / (running_var + epsilon)
    return gamma * z_norm + beta
