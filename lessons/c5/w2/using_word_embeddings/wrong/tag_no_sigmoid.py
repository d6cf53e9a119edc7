def tag_probabilities(X, w, b):
    return np.dot(w.T, X) + b
