def residual_block_forward(A_prev, W1, b1, W2, b2):
    A1 = relu(np.dot(W1, A_prev) + b1)
    A_prev += np.dot(W2, A1) + b2
    return relu(A_prev)
