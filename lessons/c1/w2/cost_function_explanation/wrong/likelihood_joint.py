
def likelihood(A, Y):
    return np.prod(A ** Y * (1 - A) ** (1 - Y))
