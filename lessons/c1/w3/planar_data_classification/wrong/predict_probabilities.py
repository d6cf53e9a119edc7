def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return A2
