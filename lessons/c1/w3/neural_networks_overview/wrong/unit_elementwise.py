
def logistic_unit(x, w, b):
    return sigmoid(w * x + b)
