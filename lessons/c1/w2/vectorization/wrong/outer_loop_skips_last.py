
def vectorized_outer(x1, x2):
    outer = np.zeros((len(x1), len(x2)))
    for i in range(len(x1) - 1):
        for j in range(len(x2)):
            outer[i, j] = x1[i] * x2[j]
    return outer
