def predict(W, b, X):
    A = softmax(np.dot(W.T, X) + b)
    return np.argmax(A, axis=0).reshape(1, -1)
