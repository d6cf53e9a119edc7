
def choose_mini_batch_size(m, max_in_memory):
    if m < 2000 and m <= max_in_memory:
        return m
    size = 512
    while size > max_in_memory:
        size //= 2
    return size
