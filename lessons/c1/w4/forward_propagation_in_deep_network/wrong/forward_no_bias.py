def forward_pass(X, parameters):
    L = len(parameters) // 2
    activations = [X]
    A = X
    for l in range(1, L + 1):
        Z = np.dot(parameters["W" + str(l)], A)
        A = sigmoid(Z) if l == L else relu(Z)
        activations.append(A)
    return activations
