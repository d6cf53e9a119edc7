def compute_gradients(X, A, Y):
    m = X.shape[1]
    A -= Y
    dW = np.dot(A, X.T) / m
    db = np.sum(A, axis=1, keepdims=True) / m
    return {"dZ": A, "dW": dW, "db": db}
