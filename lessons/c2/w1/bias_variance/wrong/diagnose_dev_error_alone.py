
def diagnose(train_error, dev_error, bayes_error=0.0, threshold=0.02):
    high_bias = train_error - bayes_error > threshold
    high_variance = dev_error - bayes_error > threshold
    if high_bias and high_variance:
        return BOTH
    if high_bias:
        return HIGH_BIAS
    if high_variance:
        return HIGH_VARIANCE
    return NEITHER
