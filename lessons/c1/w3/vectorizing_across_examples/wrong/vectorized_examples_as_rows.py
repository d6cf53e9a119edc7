
def forward_vectorized(X, parameters):
    Z1 = np.dot(X.T, parameters["W1"].T) + parameters["b1"].T
    A1 = sigmoid(Z1)
    Z2 = np.dot(A1, parameters["W2"].T) + parameters["b2"].T
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
