
def backward_vectorized(parameters, cache, X, Y):
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - A1 ** 2)
    return {"dW1": np.dot(dZ1, X.T), "db1": np.sum(dZ1, axis=1, keepdims=True),
            "dW2": np.dot(dZ2, A1.T), "db2": np.sum(dZ2, axis=1, keepdims=True)}
