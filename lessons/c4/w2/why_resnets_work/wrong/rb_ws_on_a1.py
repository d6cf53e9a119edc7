def residual_block(A_prev, W1, b1, W2, b2, Ws=None):
    A1 = relu(np.dot(W1, A_prev) + b1)
    shortcut = A_prev if Ws is None else np.dot(Ws, A1)
    return relu(np.dot(W2, A1) + b2 + shortcut)
