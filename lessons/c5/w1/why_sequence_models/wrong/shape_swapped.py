
def task_shape(T_x, T_y):
    left = "many" if T_y > 1 else "one"
    right = "many" if T_x > 1 else "one"
    return f"{left}-to-{right}"
