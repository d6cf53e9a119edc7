def pick_metric(models, max_runtime=MAX_RUNTIME, max_memory=MAX_MEMORY):
    models.sort(key=lambda model: model["accuracy"], reverse=True)
    for model in models:
        if model["runtime"] <= max_runtime and model["memory"] <= max_memory:
            return model["name"]
    return None
