
def should_fix_labels(dev_error, mislabeled_count, num_examined, model_gap):
    return mislabeled_count / num_examined >= model_gap
