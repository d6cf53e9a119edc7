
def num_outputs(architecture, T_x, T_y):
    if architecture not in ARCHITECTURES:
        raise ValueError(architecture)
    if architecture in (ONE_TO_ONE, MANY_TO_ONE):
        return 1
    if architecture == ONE_TO_MANY:
        return T_y
    return T_x
