def is_parameter(name):
    return name.startswith("W") and name[1:].isdigit()
