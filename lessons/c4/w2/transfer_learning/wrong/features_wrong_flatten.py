def extract_features(X, W_frozen, b_frozen):
    X_flat = X.reshape(-1, X.shape[0]).T
    return np.maximum(0, X_flat @ W_frozen + b_frozen)
