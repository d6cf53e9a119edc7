def choice_matters(human_errors, train_error, dev_error):
    advice = {"bias" if train_error - h >= dev_error - h else "variance"
              for h in human_errors.values()}
    return len(advice) > 1
