
def calorie_percentages(A):
    return A / np.sum(A, axis=0, keepdims=True)
