def flip_penalty(y_hat_a, y_hat_b, y, unacceptable, max_penalty=100):
    for p in range(1, max_penalty + 1):
        weights = np.where(unacceptable, 1, p)
        if weighted_error(y_hat_b, y, weights) < weighted_error(y_hat_a, y, weights):
            return p
    return None
