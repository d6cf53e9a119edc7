def pick_metric(models, max_runtime=MAX_RUNTIME, max_memory=MAX_MEMORY):
    if not models:
        return None
    return max(models, key=lambda model: model["accuracy"])["name"]
