
def bias_and_variance(train_error, dev_error, bayes_error=0.0):
    return (train_error, dev_error - train_error)
