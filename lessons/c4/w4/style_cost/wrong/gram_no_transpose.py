def gram_matrix(A):
    return np.dot(A, A)
