
def layer_forward(a_prev, W, b):
    z = np.dot(W, a_prev) + b
    return sigmoid(z), z
