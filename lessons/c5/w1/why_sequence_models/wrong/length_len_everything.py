
def sequence_length(item):
    if isinstance(item, (int, float, np.generic)):
        return 1
    return len(item)
