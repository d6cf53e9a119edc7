
def compute_gradients(X, A, Y):
    m = X.shape[1]
    dZ = Y - A
    return {"dw": np.dot(X, dZ.T) / m, "db": np.sum(dZ) / m}
