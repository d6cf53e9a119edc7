
def classify_architecture(T_x, T_y):
    if T_x == T_y:
        return MANY_TO_MANY_EQUAL
    if T_x == 1:
        return ONE_TO_MANY
    if T_y == 1:
        return MANY_TO_ONE
    return MANY_TO_MANY_UNEQUAL
