
def bias_columns(b, m):
    return np.tile(b.T, (m, 1))
