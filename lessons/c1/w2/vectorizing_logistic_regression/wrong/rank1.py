
def forward_propagate(w, b, X):
    return sigmoid(np.sum(w * X, axis=0) + b)
