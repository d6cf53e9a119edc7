def softmax(Z):
    t = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return t / np.sum(t, axis=1, keepdims=True)
