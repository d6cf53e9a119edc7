
def vectorized_outer(x1, x2):
    return np.outer(x2, x1)
