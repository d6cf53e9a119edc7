def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    a = 1 / (1 + np.exp(-z))
    return a
