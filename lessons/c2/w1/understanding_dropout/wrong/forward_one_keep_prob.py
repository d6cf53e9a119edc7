
def forward_with_dropout(X, parameters, keep_probs, training=True, seed=0):
    L = len(parameters) // 2
    if training:
        np.random.seed(seed)
    A = X
    for layer in range(1, L):
        A = relu(np.dot(parameters["W" + str(layer)], A) + parameters["b" + str(layer)])
        if training:
            D = np.random.rand(A.shape[0], A.shape[1]) < keep_probs[0]
            A = A * D / keep_probs[0]
    return sigmoid(np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)])
