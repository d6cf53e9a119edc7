def relu6(Z):
    return np.minimum(Z, 6)
