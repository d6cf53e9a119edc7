
def steps_per_epoch(m, mini_batch_size):
    return mini_batch_size
