def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = Y - A
    dW = np.dot(dZ, X.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return {"dZ": dZ, "dW": dW, "db": db}
