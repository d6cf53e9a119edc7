
def label_error_breakdown(dev_error, mislabeled_count, num_examined):
    due_to_labels = dev_error * mislabeled_count / num_examined
    return (dev_error - due_to_labels, due_to_labels)
