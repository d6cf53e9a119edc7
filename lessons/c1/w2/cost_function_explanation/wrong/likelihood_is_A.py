
def likelihood(A, Y):
    return A
