

def encode(X, W, b):
    return X @ W.T + b
