
def normalize_features(X):
    mu = np.mean(X, axis=1)
    sigma = np.std(X, axis=1)
    return (X - mu) / sigma
