def first_to_reach(errors, level):
    return int(np.argmax(np.asarray(errors) <= level))
