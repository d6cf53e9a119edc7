
def collapse_two_linear_layers(W1, b1, W2, b2):
    return np.dot(W2, W1), np.dot(W2, b1)
