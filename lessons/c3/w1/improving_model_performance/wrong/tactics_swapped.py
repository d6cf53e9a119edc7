def tactics_for(problem):
    if problem == "bias":
        return [MORE_DATA, REGULARIZATION, ARCHITECTURE_SEARCH]
    if problem == "variance":
        return [BIGGER_MODEL, TRAIN_LONGER, ARCHITECTURE_SEARCH]
    return []
