def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = A - Y
    dW = np.dot(dZ, X.T) / m
    db = np.sum(dZ, axis=0, keepdims=True) / m
    return {"dZ": dZ, "dW": dW, "db": db}
