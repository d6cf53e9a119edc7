
def distinct_values_per_axis(configs):
    return np.array([np.unique(column).size for column in configs.T])
