def softmax(Z):
    t = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return t / np.sum(t)
