
def rank_problems(human_error, train_error, train_dev_error, dev_error, threshold=0.02):
    errors = {"avoidable_bias": train_error, "variance": train_dev_error,
              "data_mismatch": dev_error}
    too_big = [name for name in GAP_NAMES if errors[name] > threshold]
    return sorted(too_big, key=lambda name: -errors[name])
