def first_variance_step(human_error, train_errors, dev_errors):
    steps = np.flatnonzero((dev_errors - train_errors) > train_errors)
    return int(steps[0]) if steps.size else None
