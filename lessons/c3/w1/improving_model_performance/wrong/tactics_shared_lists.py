_TACTICS = {"bias": [BIGGER_MODEL, TRAIN_LONGER, ARCHITECTURE_SEARCH],
            "variance": [MORE_DATA, REGULARIZATION, ARCHITECTURE_SEARCH]}
_NOTHING = []


def tactics_for(problem):
    return _TACTICS.get(problem, _NOTHING)
