
def choose_mini_batch_size(m, max_in_memory):
    if m <= 2000:
        return m
    return 512
