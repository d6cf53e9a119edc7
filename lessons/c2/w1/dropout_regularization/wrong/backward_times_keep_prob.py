
def dropout_backward(dA, D, keep_prob):
    return dA * D * keep_prob
