
def distinct_values_per_axis(configs):
    configs.sort(axis=1)
    return 1 + np.sum(np.diff(configs, axis=1) != 0, axis=1)
