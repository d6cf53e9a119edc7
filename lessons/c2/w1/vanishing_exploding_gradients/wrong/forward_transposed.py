
def deep_linear_forward(X, weights):
    activations = []
    A = X
    for W in weights:
        A = np.dot(W.T, A)
        activations.append(A)
    return activations
