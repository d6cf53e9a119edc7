
def deep_linear_forward(X, weights):
    activations = []
    A = X
    for l in range(len(weights) - 1):
        A = np.dot(weights[l], A)
        activations.append(A)
    return activations
