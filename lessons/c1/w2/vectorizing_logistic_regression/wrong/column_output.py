
def forward_propagate(w, b, X):
    return sigmoid(np.dot(X.T, w) + b)
