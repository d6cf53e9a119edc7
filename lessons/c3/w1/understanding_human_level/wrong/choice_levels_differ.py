def choice_matters(human_errors, train_error, dev_error):
    return len(set(human_errors.values())) > 1
