
def forward_propagate(w, b, X):
    m = X.shape[1]
    A = np.zeros((1, m))
    for i in range(m - 1):
        A[0, i] = sigmoid(np.dot(w[:, 0], X[:, i]) + b)
    return A
