def first_to_reach(errors, level):
    for step, error in enumerate(errors):
        if error < level:
            return step
    return None
