def gap_table(errors):
    return np.vstack([errors[1] - errors[0], errors[2] - errors[0]])
