def batchnorm_inference(z, running_mu, running_var, gamma, beta, epsilon=1e-8):
    z -= running_mu
    z /= np.sqrt(running_var + epsilon)
    return gamma * z + beta
