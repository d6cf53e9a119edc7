
def early_stopping(dev_errors, patience=3, min_delta=0.0):
    best_error = dev_errors[0]
    stop_epoch = len(dev_errors) - 1
    bad_epochs = 0
    for epoch in range(1, len(dev_errors)):
        if dev_errors[epoch] < best_error - min_delta:
            best_error = dev_errors[epoch]
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                stop_epoch = epoch
                break
    return stop_epoch, stop_epoch
