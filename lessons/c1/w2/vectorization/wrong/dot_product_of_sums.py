
def vectorized_dot(x1, x2):
    return np.sum(x1) * np.sum(x2)
