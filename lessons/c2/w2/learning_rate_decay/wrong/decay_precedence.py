
def decayed_learning_rate(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 / 1 + decay_rate * epoch_num
