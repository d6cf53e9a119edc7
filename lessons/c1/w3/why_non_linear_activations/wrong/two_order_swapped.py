
def collapse_two_linear_layers(W1, b1, W2, b2):
    return np.dot(W1, W2), np.dot(W2, b1) + b2
