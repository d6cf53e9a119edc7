
def choose_model(models, thresholds, optimizing="accuracy"):
    feasible = [model for model in models if satisfies(model, thresholds)]
    if not feasible:
        return None
    return int(np.argmax([model[optimizing] for model in feasible]))
