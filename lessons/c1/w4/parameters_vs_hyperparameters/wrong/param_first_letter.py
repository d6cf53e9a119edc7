def is_parameter(name):
    return len(name) > 0 and name[0] in ("W", "b")
