def predict(W, b, X):
    A = softmax(np.dot(W, X))
    return np.argmax(A, axis=0).reshape(1, -1)
