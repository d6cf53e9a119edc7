def avoidable_bias_if_known(proxy, train_error):
    return abs(train_error - proxy)
