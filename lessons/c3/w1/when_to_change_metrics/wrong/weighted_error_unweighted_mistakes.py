def weighted_error(y_hat, y, weights):
    mistakes = (y_hat != y)
    return float(np.sum(mistakes) / np.sum(weights))
