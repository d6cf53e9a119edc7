
def forward_loop(X, parameters):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    m = X.shape[1]
    A2 = np.zeros((W2.shape[0], m))
    for i in range(m - 1):
        x = X[:, i:i + 1]
        A2[:, i:i + 1] = sigmoid(np.dot(W2, sigmoid(np.dot(W1, x) + b1)) + b2)
    return A2
