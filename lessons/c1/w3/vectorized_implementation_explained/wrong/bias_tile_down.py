
def bias_columns(b, m):
    return np.tile(b, (m, 1))
