
def is_structured(input_kinds):
    return input_kinds[0] == "table"
