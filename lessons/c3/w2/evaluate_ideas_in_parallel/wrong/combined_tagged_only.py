
def best_case_combined(tags, fixed, dev_error):
    tagged = [t for t in tags if t]
    removed = sum(1 for t in tagged if any(c in t for c in fixed))
    return dev_error * (1 - removed / len(tagged))
