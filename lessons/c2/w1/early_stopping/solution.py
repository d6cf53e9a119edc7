"""Early stopping: watch the dev error while training and keep the best epoch's weights.

Write early_stopping between the YOUR CODE markers. Epochs are counted from 0: dev_errors[0]
is the dev error measured after the first epoch.
"""


def early_stopping(dev_errors, patience=3, min_delta=0.0):
    """Replay a training run epoch by epoch and decide when early stopping would halt it.

    An epoch is an improvement when its dev error is below the best error so far by MORE than
    min_delta. Every epoch that is not an improvement adds one to a counter of "bad" epochs; an
    improvement resets the counter to 0. Training stops at the epoch where the counter reaches
    patience, and the weights kept are those of the best epoch seen up to that point. If the
    counter never reaches patience, training runs to the last epoch.

    Arguments:
    dev_errors -- a list or 1-D numpy array, the dev-set error after each epoch (at least one)
    patience -- how many epochs in a row without improvement we tolerate before stopping
    min_delta -- the smallest drop in dev error that counts as an improvement

    Returns:
    best_epoch -- int, the epoch whose weights early stopping keeps
    stop_epoch -- int, the epoch at which training halts (the last epoch if it never does)
    """
    # YOUR CODE STARTS HERE
    # stub: best_epoch, stop_epoch = None, None
    best_epoch, best_error = 0, dev_errors[0]
    stop_epoch = len(dev_errors) - 1
    bad_epochs = 0
    for epoch in range(1, len(dev_errors)):
        if dev_errors[epoch] < best_error - min_delta:
            best_epoch, best_error = epoch, dev_errors[epoch]
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                stop_epoch = epoch
                break
    # YOUR CODE ENDS HERE
    return best_epoch, stop_epoch
