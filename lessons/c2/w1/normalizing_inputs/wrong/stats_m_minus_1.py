
def compute_normalization(X_train):
    mu = np.mean(X_train, axis=1, keepdims=True)
    sigma2 = np.var(X_train, axis=1, ddof=1, keepdims=True)
    return mu, sigma2
