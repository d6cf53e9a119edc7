def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"].numpy(), parameters["b1"].numpy()
    W2, b2 = parameters["W2"].numpy(), parameters["b2"].numpy()
    W3, b3 = parameters["W3"].numpy(), parameters["b3"].numpy()
    A1 = np.maximum(0, np.dot(W1, X) + b1)
    A2 = np.maximum(0, np.dot(W2, A1) + b2)
    Z3 = np.dot(W3, A2) + b3
    return Z3
