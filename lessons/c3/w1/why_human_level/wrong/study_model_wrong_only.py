def examples_to_study(y_hat, y_human, y):
    return np.flatnonzero(y_hat != y)
