
def is_structured(input_kinds):
    return all(kind in ("table", "text") for kind in input_kinds)
