
def dropout_backward(dA, D, keep_prob):
    return dA * (1 - D) / keep_prob
