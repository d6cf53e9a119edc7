
def forward_propagate(w, b, X):
    return sigmoid(np.dot(w.T, X))
