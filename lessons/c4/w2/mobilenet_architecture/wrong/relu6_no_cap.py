def relu6(Z):
    return np.maximum(Z, 0)
