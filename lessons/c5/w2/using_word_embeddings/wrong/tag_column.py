def tag_probabilities(X, w, b):
    return sigmoid(np.dot(X.T, w) + b)
