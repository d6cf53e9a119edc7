def extract_features(X, W_frozen, b_frozen):
    X_flat = X.reshape(X.shape[0], -1)
    return X_flat @ W_frozen + b_frozen
