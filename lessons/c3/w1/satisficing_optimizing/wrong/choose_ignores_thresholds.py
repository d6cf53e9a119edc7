
def choose_model(models, thresholds, optimizing="accuracy"):
    if not models:
        return None
    return int(np.argmax([model[optimizing] for model in models]))
