def is_parameter(name):
    return ("W" in name or "b" in name) and name[-1].isdigit()
