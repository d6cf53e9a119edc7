def softmax(Z):
    t = np.exp(Z)
    return t / np.sum(t, axis=0, keepdims=True)
