
def output_time_steps(architecture, T_x, T_y):
    if architecture == ONE_TO_ONE:
        return [1]
    if architecture == ONE_TO_MANY:
        return list(range(1, T_y + 1))
    if architecture == MANY_TO_ONE:
        return [T_x]
    if architecture == MANY_TO_MANY_EQUAL:
        return list(range(1, T_x + 1))
    return list(range(T_x, T_x + T_y))
