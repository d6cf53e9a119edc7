
def worth_pursuing(dev_error, category_count, num_examined, min_gain):
    return dev_error * category_count >= min_gain
