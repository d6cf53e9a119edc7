
def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = A - Y
    return {"dw": np.dot(dZ, X.T) / m, "db": np.sum(dZ) / m}
