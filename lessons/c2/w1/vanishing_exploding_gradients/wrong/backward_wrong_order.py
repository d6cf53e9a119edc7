
def deep_linear_backward(dAL, weights):
    L = len(weights)
    grads = [None] * L
    dA = dAL
    for l in range(1, L + 1):
        dA = np.dot(weights[l - 1].T, dA)
        grads[L - l] = dA
    return grads
