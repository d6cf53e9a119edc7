
def compute_normalization(X_train):
    mu = np.mean(X_train, axis=1)
    sigma2 = np.var(X_train, axis=1)
    return mu, sigma2
