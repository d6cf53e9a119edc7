def update_running_stats(running_mu, running_var, Z, momentum=0.9):
    mu = np.mean(Z, axis=1, keepdims=True)
    sigma2 = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    running_mu = (1 - momentum) * running_mu + momentum * mu
    running_var = (1 - momentum) * running_var + momentum * sigma2
    return running_mu, running_var
