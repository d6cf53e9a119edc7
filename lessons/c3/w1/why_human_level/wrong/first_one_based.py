def first_to_reach(errors, level):
    for month, error in enumerate(errors, start=1):
        if error <= level:
            return month
    return None
