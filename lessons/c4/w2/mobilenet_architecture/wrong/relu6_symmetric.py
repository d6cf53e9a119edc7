def relu6(Z):
    return np.clip(Z, -6, 6)
