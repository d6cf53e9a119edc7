
def vectorized_outer(x1, x2):
    return x1 * x2
