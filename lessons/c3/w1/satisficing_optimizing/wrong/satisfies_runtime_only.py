
def satisfies(model, thresholds):
    return model["runtime_ms"] <= thresholds.get("runtime_ms", float("inf"))
