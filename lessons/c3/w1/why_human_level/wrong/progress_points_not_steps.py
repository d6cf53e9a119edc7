def progress_before_after(errors, level):
    n = len(errors)
    k = first_to_reach(errors, level)
    if k is None:
        return float(errors[0] - errors[n - 1]) / n, None
    before = float(errors[0] - errors[k]) / (k + 1) if k > 0 else None
    after = float(errors[k] - errors[n - 1]) / (n - k) if k < n - 1 else None
    return before, after
