def tactics_for(problem):
    if problem == "bias":
        return [BIGGER_MODEL, TRAIN_LONGER, ARCHITECTURE_SEARCH]
    if problem == "variance":
        return [MORE_DATA, REGULARIZATION]
    return []
