def activation_backward(dA, Z, activation):
    if activation == "relu":
        return dA * (Z > 0)
    return dA * Z * (1 - Z)
