
def bias_columns(b, m):
    return np.repeat(b, m)
