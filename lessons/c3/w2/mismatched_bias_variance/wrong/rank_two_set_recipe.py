
def rank_problems(human_error, train_error, train_dev_error, dev_error, threshold=0.02):
    gaps = {"avoidable_bias": train_error - human_error, "variance": dev_error - train_error}
    too_big = [name for name in gaps if gaps[name] > threshold]
    return sorted(too_big, key=lambda name: -gaps[name])
