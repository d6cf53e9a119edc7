
def binary_labels(labels, positive_class):
    return labels.reshape(1, -1).astype(float)
