
def collapse_linear_network(layers):
    W, b = layers[0]
    for W_next, b_next in layers[1:]:
        W = np.dot(W_next, W)
        b = b_next + np.sum(b)
    return W, b
