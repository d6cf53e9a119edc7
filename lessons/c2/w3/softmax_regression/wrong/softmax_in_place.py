def softmax(Z):
    Z -= np.max(Z, axis=0, keepdims=True)
    t = np.exp(Z)
    return t / np.sum(t, axis=0, keepdims=True)
