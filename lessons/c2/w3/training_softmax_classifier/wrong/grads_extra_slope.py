def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = (A - Y) * A * (1 - A)
    dW = np.dot(dZ, X.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return {"dZ": dZ, "dW": dW, "db": db}
