
def is_structured(input_kinds):
    return any(kind == "table" for kind in input_kinds)
