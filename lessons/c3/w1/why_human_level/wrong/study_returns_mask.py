def examples_to_study(y_hat, y_human, y):
    return ((y_human == y) & (y_hat != y)).ravel()
