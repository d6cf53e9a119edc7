
def io_lengths(x, y):
    return (len(x), len(y))
