
def worth_pursuing(dev_error, category_count, num_examined, min_gain):
    return best_case_error(dev_error, category_count, num_examined) >= min_gain
