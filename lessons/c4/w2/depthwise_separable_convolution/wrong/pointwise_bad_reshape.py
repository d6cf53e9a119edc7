def pointwise_conv_forward(A, W, b):
    m, n_H, n_W, n_C = A.shape
    Z = A.reshape(-1, n_C) @ W[0, 0]
    return Z.reshape(m, n_W, n_H, -1).transpose(0, 2, 1, 3) + b
