
def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = A - Y
    return {"dw": np.sum(X * dZ, axis=0, keepdims=True) / m, "db": np.sum(dZ) / m}
