
def logistic_unit(x, w, b):
    return np.dot(w.T, x) + b
