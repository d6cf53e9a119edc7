
def label_error_breakdown(dev_error, mislabeled_count, num_examined):
    due_to_labels = dev_error * mislabeled_count / num_examined
    return (due_to_labels, 1 - due_to_labels)
