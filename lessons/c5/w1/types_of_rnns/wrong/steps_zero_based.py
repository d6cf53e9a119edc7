
def output_time_steps(architecture, T_x, T_y):
    if architecture == ONE_TO_ONE:
        return [0]
    if architecture == ONE_TO_MANY:
        return list(range(T_y))
    if architecture == MANY_TO_ONE:
        return [T_x - 1]
    if architecture == MANY_TO_MANY_EQUAL:
        return list(range(T_x))
    return list(range(T_x, T_x + T_y))
