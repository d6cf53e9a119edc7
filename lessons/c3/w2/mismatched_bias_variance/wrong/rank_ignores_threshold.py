
def rank_problems(human_error, train_error, train_dev_error, dev_error, threshold=0.02):
    gaps = mismatch_gaps(human_error, train_error, train_dev_error, dev_error)
    return sorted(GAP_NAMES, key=lambda name: -gaps[name])
