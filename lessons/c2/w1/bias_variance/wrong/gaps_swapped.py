
def bias_and_variance(train_error, dev_error, bayes_error=0.0):
    return (dev_error - train_error, train_error - bayes_error)
