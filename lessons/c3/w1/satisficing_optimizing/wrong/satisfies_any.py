
def satisfies(model, thresholds):
    return any(model[name] <= limit for name, limit in thresholds.items())
