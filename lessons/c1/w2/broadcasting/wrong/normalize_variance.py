
def normalize_features(X):
    mu = np.mean(X, axis=1, keepdims=True)
    return (X - mu) / np.var(X, axis=1, keepdims=True)
