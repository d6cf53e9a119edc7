
def choose_model(models, thresholds, optimizing="accuracy"):
    best = None
    for i, model in enumerate(models):
        if satisfies(model, thresholds) and (
                best is None or model["runtime_ms"] < models[best]["runtime_ms"]):
            best = i
    return best
