
def steps_per_epoch(m, mini_batch_size):
    return m // mini_batch_size + 1
