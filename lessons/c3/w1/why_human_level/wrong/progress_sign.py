def progress_before_after(errors, level):
    n = len(errors)
    k = first_to_reach(errors, level)
    if k is None:
        return float(errors[n - 1] - errors[0]) / (n - 1), None
    before = float(errors[k] - errors[0]) / k if k > 0 else None
    after = float(errors[n - 1] - errors[k]) / (n - 1 - k) if k < n - 1 else None
    return before, after
