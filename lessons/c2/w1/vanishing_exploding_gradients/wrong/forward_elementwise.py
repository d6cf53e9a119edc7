
def deep_linear_forward(X, weights):
    activations = []
    A = X
    for W in weights:
        A = W * A
        activations.append(A)
    return activations
