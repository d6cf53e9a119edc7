def focus(human_error, train_error, dev_error):
    avoidable_bias, variance = bias_and_variance(human_error, train_error, dev_error)
    return "variance" if avoidable_bias >= variance else "bias"
