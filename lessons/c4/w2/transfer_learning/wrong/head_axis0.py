def softmax_head_forward(F, W, b):
    Z = F @ W + b
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)
