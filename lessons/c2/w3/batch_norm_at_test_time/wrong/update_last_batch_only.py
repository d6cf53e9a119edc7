def update_running_stats(running_mu, running_var, Z, momentum=0.9):
    running_mu = np.mean(Z, axis=1, keepdims=True)
    running_var = np.var(Z, axis=1, keepdims=True)
    return running_mu, running_var
