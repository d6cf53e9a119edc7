
def logistic_unit(x, w, b):
    return sigmoid(np.dot(w.T, x))
