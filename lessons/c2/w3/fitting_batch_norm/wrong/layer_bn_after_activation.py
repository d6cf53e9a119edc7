
def bn_layer_forward(A_prev, W, gamma, beta, activation="relu", epsilon=1e-8):
    Z = np.dot(W, A_prev)
    G = relu(Z) if activation == "relu" else sigmoid(Z)
    A = batchnorm(G, gamma, beta, epsilon)
    return A, {"Z": Z, "Z_tilde": A}
