
def deep_linear_forward(X, weights):
    activations = [X]
    A = X
    for W in weights:
        A = np.dot(W, A)
        activations.append(A)
    return activations
