
def binary_labels(labels, positive_class):
    return (labels != positive_class).astype(float).reshape(1, -1)
