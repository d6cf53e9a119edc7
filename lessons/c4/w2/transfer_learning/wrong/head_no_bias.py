def softmax_head_forward(F, W, b):
    Z = F @ W
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return E / np.sum(E, axis=1, keepdims=True)
