def softmax_head_forward(F, W, b):
    E = np.exp(F @ W + b)
    return E / np.sum(E, axis=1, keepdims=True)
