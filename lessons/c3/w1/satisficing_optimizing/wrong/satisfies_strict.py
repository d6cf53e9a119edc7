
def satisfies(model, thresholds):
    return all(model[name] < limit for name, limit in thresholds.items())
