def focus(human_error, train_error, dev_error):
    return "bias" if train_error >= dev_error - train_error else "variance"
