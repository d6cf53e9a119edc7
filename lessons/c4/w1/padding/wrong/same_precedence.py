
def same_padding(f):
    if f % 2 == 0:
        raise ValueError("even filter")
    return f - 1 // 2
