def softmax(Z):
    t = np.exp(Z - np.max(Z))
    return t / np.sum(t, axis=0, keepdims=True)
