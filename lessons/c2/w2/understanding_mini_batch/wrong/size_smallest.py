
def choose_mini_batch_size(m, max_in_memory):
    if m <= 2000 and m <= max_in_memory:
        return m
    size = 1
    while size * 2 <= min(max_in_memory, 64):
        size *= 2
    return size
