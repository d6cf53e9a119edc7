
def mismatch_gaps(human_error, train_error, train_dev_error, dev_error, test_error=None):
    gaps = {"avoidable_bias": train_error - human_error,
            "variance": train_dev_error - train_error,
            "data_mismatch": dev_error - train_dev_error}
    if test_error is not None:
        gaps["dev_overfitting"] = dev_error - test_error
    return gaps
