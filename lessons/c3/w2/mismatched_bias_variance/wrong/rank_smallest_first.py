
def rank_problems(human_error, train_error, train_dev_error, dev_error, threshold=0.02):
    gaps = mismatch_gaps(human_error, train_error, train_dev_error, dev_error)
    too_big = [name for name in GAP_NAMES if gaps[name] > threshold]
    return sorted(too_big, key=lambda name: gaps[name])
