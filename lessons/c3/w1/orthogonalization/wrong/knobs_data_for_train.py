
def knobs_for(step):
    if step == TRAIN:
        return [BIGGER_NETWORK, BETTER_OPTIMIZER, BIGGER_TRAIN_SET]
    if step == DEV:
        return [REGULARIZATION, BIGGER_TRAIN_SET]
    if step == TEST:
        return [BIGGER_DEV_SET]
    if step == REAL_WORLD:
        return [CHANGE_DEV_SET, CHANGE_COST]
    return []
