
def should_fix_labels(dev_error, mislabeled_count, num_examined, model_gap):
    due_to_labels, _ = label_error_breakdown(dev_error, mislabeled_count, num_examined)
    return due_to_labels < model_gap
