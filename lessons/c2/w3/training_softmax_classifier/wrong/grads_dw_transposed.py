def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = A - Y
    dW = np.dot(X, dZ.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return {"dZ": dZ, "dW": dW, "db": db}
