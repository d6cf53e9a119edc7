def activation_backward(dA, Z, activation):
    if activation == "relu":
        return (Z > 0).astype(float)
    s = 1 / (1 + np.exp(-Z))
    return s * (1 - s)
