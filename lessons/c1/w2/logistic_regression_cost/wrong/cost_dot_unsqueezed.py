
def compute_cost(A, Y):
    m = Y.shape[1]
    return -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / m
