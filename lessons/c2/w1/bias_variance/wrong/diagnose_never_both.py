
def diagnose(train_error, dev_error, bayes_error=0.0, threshold=0.02):
    if train_error - bayes_error > threshold:
        return HIGH_BIAS
    if dev_error - train_error > threshold:
        return HIGH_VARIANCE
    return NEITHER
