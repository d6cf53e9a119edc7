
def deep_linear_backward(dAL, weights):
    L = len(weights)
    grads = [None] * L
    dA = dAL
    for l in range(L, 0, -1):
        dA = np.dot(weights[l - 1], dA)
        grads[l - 1] = dA
    return grads
