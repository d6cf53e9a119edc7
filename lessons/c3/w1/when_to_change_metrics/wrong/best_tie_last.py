def best_algorithm(predictions, y, weights):
    best, best_error = None, None
    for name, y_hat in predictions.items():
        error = weighted_error(y_hat, y, weights)
        if best_error is None or error <= best_error:
            best, best_error = name, error
    return best
