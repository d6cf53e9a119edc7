def weighted_error(y, y_hat, miss_weight):
    w = np.where(y == 1, miss_weight, 1)
    return float(np.sum(w * (y_hat != y)) / y.shape[1])
