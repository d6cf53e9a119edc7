
def label_error_breakdown(dev_error, mislabeled_count, num_examined):
    fraction = mislabeled_count / num_examined
    return (fraction, dev_error - fraction)
