def first_variance_step(human_error, train_errors, dev_errors):
    return int(np.argmax((dev_errors - train_errors) > (train_errors - human_error)))
