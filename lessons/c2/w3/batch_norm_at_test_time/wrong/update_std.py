def update_running_stats(running_mu, running_var, Z, momentum=0.9):
    mu = np.mean(Z, axis=1, keepdims=True)
    sigma = np.std(Z, axis=1, keepdims=True)
    running_mu = momentum * running_mu + (1 - momentum) * mu
    running_var = momentum * running_var + (1 - momentum) * sigma
    return running_mu, running_var
