def residual_block(A_prev, W1, b1, W2, b2, Ws=None):
    A1 = relu(np.dot(W1, A_prev) + b1)
    Z2 = np.dot(W2, A1) + b2
    if Ws is not None:
        Z2 = Z2 + np.dot(Ws, A_prev)
    return relu(Z2)
