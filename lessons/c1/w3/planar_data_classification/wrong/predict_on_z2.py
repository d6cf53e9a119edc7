def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return cache["Z2"] > 0.5
