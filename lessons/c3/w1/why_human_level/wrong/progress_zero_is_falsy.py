def progress_before_after(errors, level):
    n = len(errors)
    k = first_to_reach(errors, level)
    if not k:
        return float(errors[0] - errors[n - 1]) / (n - 1), None
    before = float(errors[0] - errors[k]) / k
    after = float(errors[k] - errors[n - 1]) / (n - 1 - k) if k < n - 1 else None
    return before, after
