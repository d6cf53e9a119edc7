def gram_matrix(A):
    return A.T @ A
