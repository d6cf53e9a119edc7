
def sequence_length(item):
    if isinstance(item, np.ndarray):
        return int(item.shape[0]) if item.ndim > 0 else 1
    if isinstance(item, (list, tuple)):
        return len(item)
    return 1
