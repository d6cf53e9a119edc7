def compute_gradients(X, A, Y):
    dZ = A - Y
    dW = np.dot(dZ, X.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    return {"dZ": dZ, "dW": dW, "db": db}
