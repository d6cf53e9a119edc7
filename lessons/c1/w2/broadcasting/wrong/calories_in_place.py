
def calorie_percentages(A):
    A /= np.sum(A, axis=0, keepdims=True)
    A *= 100
    return A
