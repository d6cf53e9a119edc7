
def sequence_length(item):
    if isinstance(item, (list, tuple)):
        return len(item)
    return int(np.size(item))
