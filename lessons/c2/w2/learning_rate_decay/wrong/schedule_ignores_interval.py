
def scheduled_learning_rate(learning_rate0, epoch_num, method, decay_rate, interval=10):
    if method == "inverse":
        return decayed_learning_rate(learning_rate0, epoch_num, decay_rate)
    if method == "exponential":
        return learning_rate0 * decay_rate ** epoch_num
    if method == "sqrt":
        return learning_rate0 * decay_rate / math.sqrt(epoch_num)
    if method == "staircase":
        return learning_rate0 * decay_rate ** (epoch_num // 10)
    raise ValueError(f"unknown schedule {method!r}")
