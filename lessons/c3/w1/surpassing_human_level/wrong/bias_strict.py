def avoidable_bias_if_known(proxy, train_error):
    return train_error - proxy if train_error > proxy else None
