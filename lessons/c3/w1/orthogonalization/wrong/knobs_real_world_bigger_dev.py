
def knobs_for(step):
    if step == TRAIN:
        return [BIGGER_NETWORK, BETTER_OPTIMIZER]
    if step == DEV:
        return [REGULARIZATION, BIGGER_TRAIN_SET]
    if step in (TEST, REAL_WORLD):
        return [BIGGER_DEV_SET]
    return []
