def predict(W, b, X):
    A = softmax(np.dot(W, X) + b)
    return np.argmax(A, axis=1).reshape(1, -1)
