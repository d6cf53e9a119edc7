
def best_case_combined(tags, fixed, dev_error):
    removed = sum(1 for t in tags if fixed and all(c in t for c in fixed))
    return dev_error * (1 - removed / len(tags))
