
def likelihood(A, Y):
    return A ** (1 - Y) * (1 - A) ** Y
