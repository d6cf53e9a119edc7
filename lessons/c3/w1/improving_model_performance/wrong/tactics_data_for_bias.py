def tactics_for(problem):
    if problem == "bias":
        return [BIGGER_MODEL, MORE_DATA, ARCHITECTURE_SEARCH]
    if problem == "variance":
        return [MORE_DATA, REGULARIZATION, ARCHITECTURE_SEARCH]
    return []
