def glove_weight(X, x_max=100, alpha=0.75):
    return np.power(X / x_max, alpha)
