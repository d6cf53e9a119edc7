def forward_pass(X, parameters):
    L = len(parameters) // 2
    activations = [X]
    A = X
    for l in range(1, L):
        Z = np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)]
        A = sigmoid(Z) if l == L - 1 else relu(Z)
        activations.append(A)
    return activations
