
def num_outputs(architecture, T_x, T_y):
    if architecture not in ARCHITECTURES:
        raise ValueError(architecture)
    if architecture in (ONE_TO_ONE, MANY_TO_ONE):
        return 1
    if architecture == MANY_TO_MANY_UNEQUAL:
        return T_x + T_y
    return max(T_x, T_y)
