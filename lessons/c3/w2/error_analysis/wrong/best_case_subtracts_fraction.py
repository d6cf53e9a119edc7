
def best_case_error(dev_error, category_count, num_examined):
    return dev_error - category_count / num_examined
