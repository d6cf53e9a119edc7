def tag_probabilities(X, w, b):
    return sigmoid(np.dot(w.T, X))
