
def should_fix_labels(dev_error, mislabeled_count, num_examined, model_gap):
    _, due_to_other = label_error_breakdown(dev_error, mislabeled_count, num_examined)
    return due_to_other >= model_gap
