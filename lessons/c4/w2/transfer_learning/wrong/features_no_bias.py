def extract_features(X, W_frozen, b_frozen):
    X_flat = X.reshape(X.shape[0], -1)
    return np.maximum(0, X_flat @ W_frozen)
