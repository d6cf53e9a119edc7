
def bn_layer_forward(A_prev, W, gamma, beta, activation="relu", epsilon=1e-8):
    Z = np.dot(W, A_prev)
    Z_tilde = batchnorm(Z, gamma, beta, epsilon)
    return relu(Z_tilde), {"Z": Z, "Z_tilde": Z_tilde}
