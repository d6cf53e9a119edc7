

def encode(X, W, b):
    return l2_normalize(X @ W.T)
