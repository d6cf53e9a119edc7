
def io_lengths(x, y):
    return (sequence_length(y), sequence_length(x))
