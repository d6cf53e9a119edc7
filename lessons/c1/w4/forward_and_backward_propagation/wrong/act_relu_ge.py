def activation_backward(dA, Z, activation):
    if activation == "relu":
        return dA * (Z >= 0)
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)
