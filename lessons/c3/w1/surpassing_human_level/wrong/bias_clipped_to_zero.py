def avoidable_bias_if_known(proxy, train_error):
    return max(train_error - proxy, 0.0)
