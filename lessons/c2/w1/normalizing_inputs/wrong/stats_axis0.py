
def compute_normalization(X_train):
    mu = np.mean(X_train, axis=0, keepdims=True)
    sigma2 = np.mean((X_train - mu) ** 2, axis=0, keepdims=True)
    return mu, sigma2
