
def compute_normalization(X_train):
    mu = np.mean(X_train, axis=1, keepdims=True)
    sigma2 = np.mean(X_train ** 2, axis=1, keepdims=True)
    return mu, sigma2
