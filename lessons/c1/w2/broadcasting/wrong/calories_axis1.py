
def calorie_percentages(A):
    return 100 * A / np.sum(A, axis=1, keepdims=True)
