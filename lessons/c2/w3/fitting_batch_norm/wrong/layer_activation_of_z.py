
def bn_layer_forward(A_prev, W, gamma, beta, activation="relu", epsilon=1e-8):
    Z = np.dot(W, A_prev)
    Z_tilde = batchnorm(Z, gamma, beta, epsilon)
    A = relu(Z) if activation == "relu" else sigmoid(Z)
    return A, {"Z": Z, "Z_tilde": Z_tilde}
