
def forward_propagate(w, b, X):
    z = np.dot(w.T, X) + b
    return 1 / (1 + np.exp(z))
