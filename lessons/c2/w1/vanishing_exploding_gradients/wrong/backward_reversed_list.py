
def deep_linear_backward(dAL, weights):
    grads = []
    dA = dAL
    for W in reversed(weights):
        dA = np.dot(W.T, dA)
        grads.append(dA)
    return grads
