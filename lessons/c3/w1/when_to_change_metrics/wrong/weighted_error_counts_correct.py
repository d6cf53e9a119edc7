def weighted_error(y_hat, y, weights):
    hits = (y_hat == y)
    return float(np.sum(weights * hits) / np.sum(weights))
