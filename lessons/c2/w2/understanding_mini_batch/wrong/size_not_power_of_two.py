
def choose_mini_batch_size(m, max_in_memory):
    if m <= 2000 and m <= max_in_memory:
        return m
    return min(512, max_in_memory)
