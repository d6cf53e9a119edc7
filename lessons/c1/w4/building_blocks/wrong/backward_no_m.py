def relu_block_backward(dA, cache):
    A_prev, W, b, Z = cache
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
