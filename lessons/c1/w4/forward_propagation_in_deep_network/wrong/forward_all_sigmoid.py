def forward_pass(X, parameters):
    L = len(parameters) // 2
    activations = [X]
    A = X
    for l in range(1, L + 1):
        A = sigmoid(np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)])
        activations.append(A)
    return activations
