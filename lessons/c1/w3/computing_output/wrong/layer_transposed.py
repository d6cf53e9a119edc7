
def layer_forward(a_prev, W, b):
    z = np.dot(W.T, a_prev) + b
    return z, sigmoid(z)
