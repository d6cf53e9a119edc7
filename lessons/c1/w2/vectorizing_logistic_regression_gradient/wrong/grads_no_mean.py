
def compute_gradients(X, A, Y):
    dZ = A - Y
    return {"dw": np.dot(X, dZ.T), "db": np.sum(dZ)}
