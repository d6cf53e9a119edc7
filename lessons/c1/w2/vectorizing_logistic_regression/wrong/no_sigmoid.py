
def forward_propagate(w, b, X):
    return np.dot(w.T, X) + b
