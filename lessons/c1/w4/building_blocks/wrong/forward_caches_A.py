def relu_block_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = np.maximum(0, Z)
    return A, (A_prev, W, b, A)
