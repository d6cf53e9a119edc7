def weighted_error(y_hat, y, weights):
    mistakes = (y_hat != y)
    return float(np.sum(weights * mistakes) / y.shape[1])
