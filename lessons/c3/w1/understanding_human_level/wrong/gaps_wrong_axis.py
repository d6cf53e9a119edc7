def gap_table(errors):
    return np.diff(errors, axis=1)
