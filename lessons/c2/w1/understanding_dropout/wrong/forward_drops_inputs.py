
def forward_with_dropout(X, parameters, keep_probs, training=True, seed=0):
    L = len(parameters) // 2
    A = X
    if training:
        np.random.seed(seed)
        D0 = np.random.rand(X.shape[0], X.shape[1]) < keep_probs[0]
        A = X * D0 / keep_probs[0]
    for layer in range(1, L):
        A = relu(np.dot(parameters["W" + str(layer)], A) + parameters["b" + str(layer)])
        if training:
            keep_prob = keep_probs[layer - 1]
            D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob
            A = A * D / keep_prob
    return sigmoid(np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)])
