def bias_and_variance(human_error, train_error, dev_error):
    return train_error, dev_error - train_error
