def gram_matrix(A):
    return A * A
