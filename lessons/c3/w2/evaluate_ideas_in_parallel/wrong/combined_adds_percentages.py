
def best_case_combined(tags, fixed, dev_error):
    removed = sum(sum(1 for t in tags if c in t) for c in fixed)
    return dev_error * (1 - removed / len(tags))
