
def same_padding(f):
    return f // 2
