def choice_matters(human_errors, train_error, dev_error):
    variance = dev_error - train_error
    advice = {"bias" if train_error - h >= variance else "variance"
              for h in human_errors.values()}
    return len(advice) == 1
