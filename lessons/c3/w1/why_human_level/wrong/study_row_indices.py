def examples_to_study(y_hat, y_human, y):
    return np.nonzero((y_human == y) & (y_hat != y))[0]
