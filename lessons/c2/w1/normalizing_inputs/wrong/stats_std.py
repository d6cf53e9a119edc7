
def compute_normalization(X_train):
    mu = np.mean(X_train, axis=1, keepdims=True)
    sigma = np.std(X_train, axis=1, keepdims=True)
    return mu, sigma
