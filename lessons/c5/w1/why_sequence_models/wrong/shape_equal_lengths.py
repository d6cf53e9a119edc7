
def task_shape(T_x, T_y):
    if T_x == T_y:
        return "many-to-many" if T_x > 1 else "one-to-one"
    return "one-to-many" if T_x < T_y else "many-to-one"
