
def forward_with_dropout(X, parameters, keep_probs, training=True, seed=0):
    L = len(parameters) // 2
    if training:
        np.random.seed(seed)
    A = X
    for layer in range(1, L):
        A = relu(np.dot(parameters["W" + str(layer)], A) + parameters["b" + str(layer)])
        keep_prob = keep_probs[layer - 1]
        if training:
            D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob
            A = A * D / keep_prob
        else:
            A = A * keep_prob
    return sigmoid(np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)])
