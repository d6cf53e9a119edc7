def best_algorithm(predictions, y, weights):
    best, best_error = None, None
    for name, y_hat in predictions.items():
        error = float(np.mean(y_hat != y))
        if best_error is None or error < best_error:
            best, best_error = name, error
    return best
