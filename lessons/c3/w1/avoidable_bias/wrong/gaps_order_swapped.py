def bias_and_variance(human_error, train_error, dev_error):
    return dev_error - train_error, train_error - human_error
