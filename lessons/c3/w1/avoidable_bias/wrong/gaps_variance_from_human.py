def bias_and_variance(human_error, train_error, dev_error):
    return train_error - human_error, dev_error - human_error
