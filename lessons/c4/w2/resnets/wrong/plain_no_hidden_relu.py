def plain_block_forward(A_prev, W1, b1, W2, b2):
    A1 = np.dot(W1, A_prev) + b1
    return relu(np.dot(W2, A1) + b2)
